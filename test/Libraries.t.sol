// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";

import {Ids} from "../contracts/src/lib/Ids.sol";
import {Order, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {OrderCommitments} from "../contracts/src/lib/OrderCommitments.sol";

/// @dev Exposes the libraries' hand-optimised code for differential tests.
contract LibrariesHarness {
    function hashCalldata(Order calldata order) external pure returns (bytes32) {
        return OrderCommitments.hashCalldata(order);
    }

    function hashMemory(Order calldata order) external pure returns (bytes32) {
        Order memory copy = order;
        return OrderCommitments.hash(copy);
    }

    function withStatus(uint256 word, uint256 timestamp, OrderStatus status)
        external
        pure
        returns (uint256)
    {
        return OrderCommitments.withStatus(word, timestamp, status);
    }
}

/**
 * @notice Differential tests: the assembly hashing and the bit packing against plain Solidity
 *         reference computations (Seaport runs its optimised code against a reference the same way).
 */
contract LibrariesTest is Test {
    LibrariesHarness internal harness = new LibrariesHarness();

    function testFuzz_orderHash_matchesAbiEncode(Order memory order) public view {
        bytes32 reference_ = keccak256(abi.encode(order));
        assertEq(harness.hashCalldata(order), reference_);
        assertEq(harness.hashMemory(order), reference_);
    }

    function testFuzz_openWord_roundTrips(
        bytes32 orderHash,
        uint256 timestamp,
        uint8 rawStatus,
        bool refunded
    ) public view {
        timestamp = bound(timestamp, 0, OrderCommitments.MAX_TIMESTAMP);
        OrderStatus status = OrderStatus(bound(rawStatus, 1, 3));
        uint256 word = OrderCommitments.packNew(orderHash);
        assertEq(uint8(OrderCommitments.statusOf(word)), uint8(OrderStatus.Paid));
        assertEq(OrderCommitments.timestampOf(word), 0);
        assertFalse(OrderCommitments.partlyRefunded(word));
        if (refunded) word |= OrderCommitments.PARTLY_REFUNDED;
        word = harness.withStatus(word, timestamp, status);
        assertEq(uint8(OrderCommitments.statusOf(word)), uint8(status));
        assertEq(OrderCommitments.timestampOf(word), timestamp);
        assertEq(OrderCommitments.partlyRefunded(word), refunded);
        assertTrue(OrderCommitments.commitsTo(word, orderHash));
        // Any change in the top 208 bits is detected.
        assertFalse(OrderCommitments.commitsTo(word, orderHash ^ bytes32(uint256(1) << 48)));
    }

    /// @dev Issue 9 (5): a timestamp past 40 bits used to spill into the commitment bits.
    function testFuzz_openWord_refusesWideTimestamps(bytes32 orderHash, uint256 timestamp) public {
        timestamp = bound(timestamp, OrderCommitments.MAX_TIMESTAMP + 1, type(uint216).max);
        uint256 word = OrderCommitments.packNew(orderHash);
        vm.expectRevert(
            abi.encodeWithSelector(OrderCommitments.TimestampOverflow.selector, timestamp)
        );
        harness.withStatus(word, timestamp, OrderStatus.Shipped);
    }

    function testFuzz_finalWord_roundTrips(address buyer, uint8 rawStatus) public pure {
        OrderStatus status = OrderStatus(bound(rawStatus, 4, 7));
        uint256 word = OrderCommitments.packFinal(buyer, status);
        assertEq(OrderCommitments.buyerOf(word), buyer);
        assertEq(uint8(OrderCommitments.statusOf(word)), uint8(status));
    }

    function testFuzz_ids_roundTrip(address seller, uint48 listingNumber, uint48 orderNumber)
        public
        pure
    {
        uint256 listingId = Ids.listingId(seller, listingNumber);
        uint256 orderId = Ids.orderId(listingId, orderNumber);
        assertEq(Ids.sellerOf(listingId), seller);
        assertEq(Ids.sellerOf(orderId), seller);
        assertEq(Ids.listingOf(orderId), listingId);
        assertEq(orderId & Ids.ORDER_NUMBER_MASK, orderNumber);
        assertEq((listingId >> 48) & type(uint48).max, listingNumber);
    }
}
