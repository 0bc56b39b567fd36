// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Order, OrderStatus} from "./MarketplaceTypes.sol";

/**
 * @title OrderCommitments
 * @notice Packs an order into a single storage word.
 * @dev Open orders (`Paid`, `Shipped`, `Disputed`) store
 *
 *          bits 48..255  the top 208 bits of keccak256(abi.encode(order)), the terms at purchase
 *          bit  47       set once the seller has refunded part of the escrow (recorded apart)
 *          bits  8..46   a timestamp: shipping time (`Shipped`) or dispute time (`Disputed`), else 0
 *          bits  0..7    the {OrderStatus}
 *
 *      and callers prove the order's terms by passing them back (as Seaport does with orders).
 *      The terms never change after purchase: a partial refund is recorded beside the word, so no
 *      seller action can invalidate the terms a buyer's pending call carries.
 *      Finalised orders (`Completed` and later, `Refunded`) need no terms any more: they store
 *
 *          bits 96..255  the buyer (who may review)
 *          bit   8       set when the order completed holding a real payment (its review counts)
 *          bits  0..7    the {OrderStatus}
 *
 *      A 208-bit commitment leaves 2^104 work for a collision, and the terms are chosen by the
 *      contract at purchase, so they cannot be ground freely by an attacker.
 */
library OrderCommitments {
    /// @dev Mask of the commitment bits of an open order.
    uint256 internal constant COMMITMENT_MASK = ~uint256(0) << 48;
    /// @dev Byte size of an abi-encoded {Order} (seven static words).
    uint256 internal constant ORDER_SIZE = 0xe0;
    /// @dev Bit of an open order's word set once part of its escrow has been refunded.
    uint256 internal constant PARTLY_REFUNDED = 1 << 47;
    /// @dev Largest timestamp an open order's word holds, and its mask: 39 bits, the year 19,391.
    uint256 internal constant MAX_TIMESTAMP = (1 << 39) - 1;

    /// @dev A timestamp does not fit in the 40 bits an order's word gives it.
    error TimestampOverflow(uint256 timestamp);

    /// @notice keccak256(abi.encode(order)) of an order held in memory.
    function hash(Order memory order) internal pure returns (bytes32 h) {
        // A memory struct of static fields is laid out exactly as its ABI encoding: one cleaned
        // word per field.
        assembly ("memory-safe") {
            h := keccak256(order, ORDER_SIZE)
        }
    }

    /// @notice keccak256(abi.encode(order)) of an order given as calldata.
    /// @dev Hashes the raw words. A caller padding a field with dirty bits only makes the hash
    ///      differ from the stored commitment, so the call reverts with `OrderMismatch`.
    function hashCalldata(Order calldata order) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, order, ORDER_SIZE)
            h := keccak256(ptr, ORDER_SIZE)
        }
    }

    /// @notice The word stored for a new order: `Paid`, no timestamp, no refund.
    function packNew(bytes32 orderHash) internal pure returns (uint256) {
        return (uint256(orderHash) & COMMITMENT_MASK) | uint256(OrderStatus.Paid);
    }

    /// @notice An open order's word moved to `status` at `timestamp`, its terms and refund mark kept.
    function withStatus(uint256 word, uint256 timestamp, OrderStatus status)
        internal
        pure
        returns (uint256)
    {
        // Checked rather than truncated: a wider timestamp would spill into the commitment bits.
        if (timestamp > MAX_TIMESTAMP) revert TimestampOverflow(timestamp);
        return (word & (COMMITMENT_MASK | PARTLY_REFUNDED)) | (timestamp << 8) | uint256(status);
    }

    /// @notice Whether part of an open order's escrow has been refunded.
    function partlyRefunded(uint256 word) internal pure returns (bool) {
        return word & PARTLY_REFUNDED != 0;
    }

    /// @notice The word stored for a finalised order.
    function packFinal(address buyer, OrderStatus status) internal pure returns (uint256) {
        return (uint256(uint160(buyer)) << 96) | uint256(status);
    }

    /// @dev Bit of a finalised order's word set when it completed with more than zero in escrow.
    uint256 internal constant PAID = 1 << 8;

    /// @notice Whether a finalised order completed holding a real payment.
    function paid(uint256 word) internal pure returns (bool) {
        return word & PAID != 0;
    }

    /// @notice The status held in a stored word.
    function statusOf(uint256 word) internal pure returns (OrderStatus) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return OrderStatus(uint8(word)); // the low byte; only valid statuses are ever stored
    }

    /// @notice The timestamp held in an open order's word.
    function timestampOf(uint256 word) internal pure returns (uint256) {
        return (word >> 8) & MAX_TIMESTAMP;
    }

    /// @notice Whether an open order's word commits to `orderHash`.
    function commitsTo(uint256 word, bytes32 orderHash) internal pure returns (bool) {
        return (word ^ uint256(orderHash)) & COMMITMENT_MASK == 0;
    }

    /// @notice The buyer held in a finalised order's word.
    function buyerOf(uint256 word) internal pure returns (address) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return address(uint160(word >> 96)); // exact: word >> 96 has at most 160 bits
    }
}
