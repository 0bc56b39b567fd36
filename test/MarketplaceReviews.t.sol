// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IReputation} from "../contracts/src/interfaces/IReputation.sol";
import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {Order, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceReviewsTest is MarketplaceFixture {
    function _completed() internal returns (uint256 orderId) {
        Order memory order;
        (orderId, order) = _buyEth();
        _confirm(orderId, order);
    }

    function test_submitReview_updatesReputation() public {
        uint256 first = _completed();
        uint256 second = _completed();
        vm.expectEmit(address(market));
        emit ReviewSubmitted(first, seller, buyer, 5, CID2);
        vm.prank(buyer);
        market.submitReview(first, 5, CID2);
        vm.prank(buyer);
        market.submitReview(second, 2, CID);
        (uint64 count, uint64 sum) = IReputation(address(market)).reputationOf(seller);
        assertEq(count, 2);
        assertEq(sum, 7);
        assertEq(uint8(_status(first)), uint8(OrderStatus.Reviewed));
    }

    function test_submitReview_afterRuling() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _ship(orderId, order);
        _dispute(orderId, order);
        vm.prank(arbiter);
        market.resolveDispute(orderId, order, 10_000, CID);
        vm.prank(buyer);
        market.submitReview(orderId, 1, CID);
        (uint64 count, uint64 sum) = market.reputationOf(seller);
        assertEq(count, 1);
        assertEq(sum, 1);
    }

    function test_submitReview_reverts() public {
        uint256 orderId = _completed();
        vm.startPrank(buyer);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.InvalidRating.selector, 0));
        market.submitReview(orderId, 0, CID);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.InvalidRating.selector, 6));
        market.submitReview(orderId, 6, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.OrderNotFound.selector, orderId + 1)
        );
        market.submitReview(orderId + 1, 5, CID);
        vm.stopPrank();

        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotBuyer.selector, orderId, stranger)
        );
        vm.prank(stranger);
        market.submitReview(orderId, 5, CID);

        vm.prank(buyer);
        market.submitReview(orderId, 5, CID);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Reviewed
            )
        );
        vm.prank(buyer);
        market.submitReview(orderId, 4, CID);
    }

    function test_submitReview_notOnOpenOrRefundedOrders() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Paid
            )
        );
        vm.prank(buyer);
        market.submitReview(orderId, 5, CID);
        vm.prank(seller);
        market.refundOrder(orderId, order, order.amount);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Refunded
            )
        );
        vm.prank(buyer);
        market.submitReview(orderId, 5, CID);
    }

    function test_replyToReview() public {
        uint256 orderId = _completed();
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Completed
            )
        );
        vm.prank(seller);
        market.replyToReview(orderId, CID);

        vm.prank(buyer);
        market.submitReview(orderId, 4, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotSeller.selector, orderId, buyer)
        );
        vm.prank(buyer);
        market.replyToReview(orderId, CID);

        vm.expectEmit(address(market));
        emit ReviewReplied(orderId, seller, buyer, CID2);
        vm.prank(seller);
        market.replyToReview(orderId, CID2);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Replied));

        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Replied
            )
        );
        vm.prank(seller);
        market.replyToReview(orderId, CID);
    }

    function test_setProfile() public {
        vm.expectEmit(address(market));
        emit ProfileUpdated(stranger, CID);
        vm.prank(stranger);
        market.setProfile(CID);
    }
}
