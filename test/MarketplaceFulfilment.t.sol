// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {Order, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceFulfilmentTest is MarketplaceFixture {
    // ------------------------------------------------------------------ ship

    function test_shipOrder() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.expectEmit(address(market));
        emit OrderShipped(orderId, seller, buyer, uint40(block.timestamp + CONFIRM_WINDOW), CID2);
        vm.prank(seller);
        market.shipOrder(orderId, order, CID2);
        (OrderStatus status, uint256 since) = market.orderStatus(orderId);
        assertEq(uint8(status), uint8(OrderStatus.Shipped));
        assertEq(since, block.timestamp);
        assertTrue(market.verifyOrder(orderId, order));
    }

    function test_shipOrder_afterDeadlineIsAllowedUntilCancelled() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.warp(order.shipDeadline + 1);
        _ship(orderId, order);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Shipped));
    }

    function test_shipOrder_reverts() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotSeller.selector, orderId, buyer)
        );
        vm.prank(buyer);
        market.shipOrder(orderId, order, CID);

        order.amount = 1;
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.OrderMismatch.selector, orderId));
        vm.prank(seller);
        market.shipOrder(orderId, order, CID);
        order.amount = ETH_PRICE;

        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.OrderNotFound.selector, orderId + 1)
        );
        vm.prank(seller);
        market.shipOrder(orderId + 1, order, CID);

        _ship(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Shipped
            )
        );
        vm.prank(seller);
        market.shipOrder(orderId, order, CID);
    }

    // --------------------------------------------------------------- confirm

    function test_confirmReceipt_paysSellerAndAccruesFee() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _ship(orderId, order);
        uint256 fee = uint256(ETH_PRICE) * FEE_BPS / 10_000;
        uint256 before = seller.balance;
        vm.expectEmit(address(market));
        emit OrderConfirmed(orderId, seller, buyer, ETH_PRICE - fee, fee);
        _confirm(orderId, order);
        assertEq(seller.balance - before, ETH_PRICE - fee);
        assertEq(market.accruedFees(ETH), fee);
        assertEq(address(market).balance, fee);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
        assertFalse(market.verifyOrder(orderId, order));
    }

    function test_confirmReceipt_beforeShipping_erc20() public {
        (uint256 orderId, Order memory order) = _buyUsdc();
        uint256 before = usdc.balanceOf(seller);
        _confirm(orderId, order);
        uint256 fee = uint256(USDC_PRICE) * FEE_BPS / 10_000;
        assertEq(usdc.balanceOf(seller) - before, USDC_PRICE - fee);
        assertEq(market.accruedFees(address(usdc)), fee);
    }

    function test_confirmReceipt_zeroFee() public {
        vm.prank(owner);
        market.setPlatformFee(0);
        (uint256 orderId, Order memory order) = _buyUsdc();
        _confirm(orderId, order);
        assertEq(market.accruedFees(address(usdc)), 0);
    }

    function test_confirmReceipt_reverts() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotBuyer.selector, orderId, seller)
        );
        vm.prank(seller);
        market.confirmReceipt(orderId, order);
        _confirm(orderId, order);
        // Pays out once only.
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Completed
            )
        );
        _confirm(orderId, order);
    }

    function test_confirmReceipt_notWhileDisputed() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _ship(orderId, order);
        _dispute(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Disputed
            )
        );
        _confirm(orderId, order);
    }

    function test_confirmReceipt_worksWhilePaused() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.prank(owner);
        market.pause();
        _ship(orderId, order);
        _confirm(orderId, order);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
    }

    // --------------------------------------------------------------- release

    function test_releasePayment_windowBoundary() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _ship(orderId, order);
        uint256 endsAt = block.timestamp + CONFIRM_WINDOW;
        vm.warp(endsAt);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.ConfirmationWindowOpen.selector, orderId, endsAt
            )
        );
        vm.prank(stranger);
        market.releasePayment(orderId, order);

        vm.warp(endsAt + 1);
        uint256 fee = uint256(ETH_PRICE) * FEE_BPS / 10_000;
        vm.expectEmit(address(market));
        emit OrderReleased(orderId, seller, buyer, stranger, ETH_PRICE - fee, fee);
        vm.prank(stranger);
        market.releasePayment(orderId, order);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
    }

    function test_releasePayment_onlyWhenShipped() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.warp(block.timestamp + 365 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Paid
            )
        );
        market.releasePayment(orderId, order);
    }

    // ---------------------------------------------------------------- cancel

    function test_cancelOrder_deadlineBoundary() public {
        (uint256 orderId, Order memory order) = _buyUsdc();
        vm.warp(order.shipDeadline);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.ShippingDeadlineNotPassed.selector, orderId, order.shipDeadline
            )
        );
        vm.prank(buyer);
        market.cancelOrder(orderId, order);

        vm.warp(order.shipDeadline + 1);
        uint256 before = usdc.balanceOf(buyer);
        vm.expectEmit(address(market));
        emit OrderCancelled(orderId, seller, buyer, USDC_PRICE);
        vm.prank(buyer);
        market.cancelOrder(orderId, order);
        assertEq(usdc.balanceOf(buyer) - before, USDC_PRICE);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Refunded));
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    function test_cancelOrder_reverts() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.warp(order.shipDeadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotBuyer.selector, orderId, stranger)
        );
        vm.prank(stranger);
        market.cancelOrder(orderId, order);
        _ship(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Shipped
            )
        );
        vm.prank(buyer);
        market.cancelOrder(orderId, order);
    }

    // ---------------------------------------------------------------- refund

    function test_refundOrder_partialThenFull() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _ship(orderId, order);
        uint256 shippedAt = block.timestamp;
        uint256 before = buyer.balance;
        vm.expectEmit(address(market));
        emit OrderRefunded(orderId, seller, buyer, 0.03 ether, ETH_PRICE - 0.03 ether);
        vm.prank(seller);
        market.refundOrder(orderId, order, 0.03 ether);
        assertEq(buyer.balance - before, 0.03 ether);
        // Status, shipping time and terms are kept; the escrow left is recorded beside them.
        (OrderStatus status, uint256 since) = market.orderStatus(orderId);
        assertEq(uint8(status), uint8(OrderStatus.Shipped));
        assertEq(since, shippedAt);
        assertTrue(market.verifyOrder(orderId, order));
        assertEq(market.remainingEscrow(orderId, order), ETH_PRICE - 0.03 ether);

        vm.startPrank(seller);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidRefundAmount.selector, ETH_PRICE, ETH_PRICE - 0.03 ether
            )
        );
        market.refundOrder(orderId, order, ETH_PRICE);
        market.refundOrder(orderId, order, ETH_PRICE - 0.03 ether);
        vm.stopPrank();
        assertEq(market.remainingEscrow(orderId, order), 0);
        assertEq(buyer.balance - before, ETH_PRICE);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Refunded));
        assertEq(address(market).balance, 0);
        assertEq(market.accruedFees(ETH), 0);
    }

    function test_refundOrder_thenConfirmPaysTheRest() public {
        (uint256 orderId, Order memory order) = _buyUsdc();
        vm.prank(seller);
        market.refundOrder(orderId, order, 5e6);
        uint256 escrow = order.amount - 5e6;
        uint256 before = usdc.balanceOf(seller);
        _confirm(orderId, order);
        uint256 fee = escrow * FEE_BPS / 10_000;
        assertEq(usdc.balanceOf(seller) - before, escrow - fee);
        assertEq(usdc.balanceOf(address(market)), fee);
    }

    /// @notice Issue 9: a buyer's cancel signed before a partial refund still goes through and
    ///         returns what is left.
    function test_cancelOrder_afterPartialRefund() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.prank(seller);
        market.refundOrder(orderId, order, 1);
        vm.warp(order.shipDeadline + 1);
        uint256 before = buyer.balance;
        vm.expectEmit(address(market));
        emit OrderCancelled(orderId, seller, buyer, ETH_PRICE - 1);
        vm.prank(buyer);
        market.cancelOrder(orderId, order);
        assertEq(buyer.balance - before, ETH_PRICE - 1);
        assertEq(address(market).balance, 0);
    }

    function test_refundOrder_whileDisputed() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _ship(orderId, order);
        _dispute(orderId, order);
        vm.prank(seller);
        market.refundOrder(orderId, order, ETH_PRICE);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Refunded));
    }

    function test_refundOrder_reverts() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.startPrank(seller);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.InvalidRefundAmount.selector, 0, ETH_PRICE)
        );
        market.refundOrder(orderId, order, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidRefundAmount.selector, ETH_PRICE + 1, ETH_PRICE
            )
        );
        market.refundOrder(orderId, order, ETH_PRICE + 1);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotSeller.selector, orderId, buyer)
        );
        vm.prank(buyer);
        market.refundOrder(orderId, order, 1);
        _confirm(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Completed
            )
        );
        vm.prank(seller);
        market.refundOrder(orderId, order, 1);
    }

    // -------------------------------------------------------------- messages

    function test_postMessage() public {
        (uint256 orderId, Order memory order) = _buyEth();
        vm.expectEmit(address(market));
        emit MessagePosted(orderId, seller, buyer, buyer, CID2);
        vm.prank(buyer);
        market.postMessage(orderId, order, CID2);
        vm.expectEmit(address(market));
        emit MessagePosted(orderId, seller, buyer, seller, CID);
        vm.prank(seller);
        market.postMessage(orderId, order, CID);

        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotParticipant.selector, orderId, stranger)
        );
        vm.prank(stranger);
        market.postMessage(orderId, order, CID);

        _confirm(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Completed
            )
        );
        vm.prank(buyer);
        market.postMessage(orderId, order, CID);
    }

    function test_orderStatus_unknown() public view {
        (OrderStatus status, uint256 since) = market.orderStatus(42);
        assertEq(uint8(status), 0);
        assertEq(since, 0);
    }
}
