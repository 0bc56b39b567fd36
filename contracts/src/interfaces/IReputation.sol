// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title IReputation
 * @notice On-chain seller reputation that other contracts can read: one verified review per
 *         completed order that held a real payment (more than zero after discounts and refunds),
 *         so every rating counted is backed by a paid and settled purchase.
 */
interface IReputation {
    /// @notice The number of reviews `seller` has received and the sum of their ratings (1..5).
    /// @dev The average rating is `ratingSum / count` (count 0 means no reviews yet).
    function reputationOf(address seller) external view returns (uint64 count, uint64 ratingSum);
}
