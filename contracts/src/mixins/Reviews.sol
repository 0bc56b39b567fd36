// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Disputes} from "./Disputes.sol";
import {IReputation} from "../interfaces/IReputation.sol";
import {OrderStatus} from "../lib/MarketplaceTypes.sol";

/**
 * @title Reviews
 * @notice Verified reviews and profiles. The buyer of a completed order (confirmed, released or
 *         ruled) rates it once, 1 to 5, with a review CID; the seller replies once. A review adds
 *         to the seller's on-chain counters, which other contracts can read, only when the order
 *         completed holding a real payment: more than zero in escrow after coupon discounts and
 *         seller refunds. A free order (a 100% coupon a seller signed for an account of its own)
 *         can still be reviewed, but does not count.
 * @dev No floor relative to the list price is enforced: a seller buying from itself at any price
 *      gets it back minus the platform fee, so a floor would raise the cost of a fake review only
 *      to a fraction of that fee, and would refuse honest reviews of deep discounts. Readers weigh
 *      reviews by what was paid (the subgraph records it with the list price beside it).
 */
abstract contract Reviews is Disputes, IReputation {
    /// @dev One slot per seller.
    struct Reputation {
        uint64 count;
        uint64 ratingSum;
    }

    mapping(address seller => Reputation) private _reputations;

    /**
     * @notice Rates a completed order. Once per order, by its buyer; counted in the seller's
     *         reputation when the order was paid (see above).
     * @param orderId A `Completed` order.
     * @param rating 1 (worst) to 5 (best).
     * @param reviewCid Raw CID bytes of the review text and photos.
     */
    function submitReview(uint256 orderId, uint8 rating, bytes calldata reviewCid) external {
        if (rating == 0 || rating > 5) revert InvalidRating(rating);
        (address buyer, bool paid) = _loadFinal(orderId, OrderStatus.Completed);
        _requireBuyer(orderId, buyer);
        _storeFinal(orderId, buyer, OrderStatus.Reviewed);
        address seller = _sellerOf(orderId);
        if (paid) {
            Reputation storage reputation = _reputations[seller];
            // Checked: 2^64 reviews cannot be written; kept checked for clarity.
            (reputation.count, reputation.ratingSum) =
            (reputation.count + 1, reputation.ratingSum + rating);
        }
        emit ReviewSubmitted(orderId, seller, buyer, rating, reviewCid);
    }

    /**
     * @notice The seller replies to the review of an order. Once per order.
     * @param orderId A `Reviewed` order (caller must be its seller).
     * @param replyCid Raw CID bytes of the reply.
     */
    function replyToReview(uint256 orderId, bytes calldata replyCid) external {
        address seller = _requireSeller(orderId);
        (address buyer,) = _loadFinal(orderId, OrderStatus.Reviewed);
        _storeFinal(orderId, buyer, OrderStatus.Replied);
        emit ReviewReplied(orderId, seller, buyer, replyCid);
    }

    /**
     * @notice Publishes the caller's profile (name, avatar, public encryption key).
     * @param profileCid Raw CID bytes of the profile document.
     */
    function setProfile(bytes calldata profileCid) external {
        emit ProfileUpdated(msg.sender, profileCid);
    }

    /// @inheritdoc IReputation
    function reputationOf(address seller) external view returns (uint64 count, uint64 ratingSum) {
        Reputation memory reputation = _reputations[seller];
        return (reputation.count, reputation.ratingSum);
    }
}
