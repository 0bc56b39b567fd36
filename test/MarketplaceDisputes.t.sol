// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {Order, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceDisputesTest is MarketplaceFixture {
    uint256 internal orderId;
    Order internal order;

    function setUp() public override {
        super.setUp();
        (orderId, order) = _buyUsdc();
        _ship(orderId, order);
    }

    function _rule(uint16 buyerShareBps) internal {
        vm.prank(arbiter);
        market.resolveDispute(orderId, order, buyerShareBps, CID2);
    }

    // ------------------------------- refunds cannot defeat a buyer's calls (issue 9)

    /// @notice The attack: the buyer disputes in the last second of the confirmation window and
    ///         the seller front-runs with a 1-unit refund. The buyer's call, carrying the terms as
    ///         placed, still goes through, and the window cannot be run out on the buyer.
    function test_openDispute_survivesFrontRunningDustRefund() public {
        vm.warp(block.timestamp + CONFIRM_WINDOW);
        vm.prank(seller);
        market.refundOrder(orderId, order, 1); // the front-run
        _dispute(orderId, order); // the buyer's pending transaction
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Disputed));
        assertEq(market.remainingEscrow(orderId, order), USDC_PRICE - 1);
        vm.warp(block.timestamp + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Disputed
            )
        );
        market.releasePayment(orderId, order);
    }

    /// @notice Evidence and the ruling go through after refunds; the ruling splits what is left.
    function test_disputeAfterRefunds_rulesTheEscrowLeft() public {
        _dispute(orderId, order);
        vm.prank(seller);
        market.refundOrder(orderId, order, 5e6);
        vm.prank(buyer);
        market.submitEvidence(orderId, order, CID2);
        uint256 buyerBefore = usdc.balanceOf(buyer);
        uint256 sellerBefore = usdc.balanceOf(seller);
        _rule(10_000);
        uint256 left = USDC_PRICE - 5e6;
        uint256 arbiterFee = left * ARBITER_FEE_BPS / 10_000;
        assertEq(usdc.balanceOf(buyer) - buyerBefore, left - arbiterFee);
        assertEq(usdc.balanceOf(seller), sellerBefore);
        assertEq(usdc.balanceOf(arbiter), arbiterFee);
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    /// @notice An expired dispute returns what is left after refunds, and no more.
    function test_reclaimAfterRefund_returnsTheEscrowLeft() public {
        _dispute(orderId, order);
        vm.prank(seller);
        market.refundOrder(orderId, order, 1);
        vm.warp(block.timestamp + RULING_WINDOW + 1);
        uint256 before = usdc.balanceOf(buyer);
        vm.expectEmit(address(market));
        emit DisputeExpired(orderId, seller, buyer, USDC_PRICE - 1);
        vm.prank(buyer);
        market.reclaimExpiredDispute(orderId, order);
        assertEq(usdc.balanceOf(buyer) - before, USDC_PRICE - 1);
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    /// @notice remainingEscrow is 0 once an order is no longer open, and checks the terms while it is.
    function test_remainingEscrow() public {
        assertEq(market.remainingEscrow(orderId, order), USDC_PRICE);
        Order memory tampered = order;
        tampered.amount += 1;
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.OrderMismatch.selector, orderId));
        market.remainingEscrow(orderId, tampered);
        _confirm(orderId, order);
        assertEq(market.remainingEscrow(orderId, order), 0);
    }

    // ------------------------------------------------------------------ open

    function test_openDispute_windowBoundary() public {
        uint256 endsAt = block.timestamp + CONFIRM_WINDOW;
        vm.warp(endsAt);
        vm.expectEmit(address(market));
        emit DisputeOpened(orderId, seller, buyer, uint40(endsAt + RULING_WINDOW), CID);
        _dispute(orderId, order);
        (OrderStatus status, uint256 since) = market.orderStatus(orderId);
        assertEq(uint8(status), uint8(OrderStatus.Disputed));
        assertEq(since, endsAt);
    }

    function test_openDispute_afterWindowReverts() public {
        uint256 endsAt = block.timestamp + CONFIRM_WINDOW;
        vm.warp(endsAt + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.ConfirmationWindowClosed.selector, orderId, endsAt
            )
        );
        _dispute(orderId, order);
    }

    function test_openDispute_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotBuyer.selector, orderId, seller)
        );
        vm.prank(seller);
        market.openDispute(orderId, order, CID);

        (uint256 unshipped, Order memory unshippedOrder) = _buyUsdc();
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, unshipped, OrderStatus.Paid
            )
        );
        _dispute(unshipped, unshippedOrder);

        _dispute(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Disputed
            )
        );
        _dispute(orderId, order);
    }

    function test_releasePayment_blockedByDispute() public {
        _dispute(orderId, order);
        vm.warp(block.timestamp + CONFIRM_WINDOW + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Disputed
            )
        );
        market.releasePayment(orderId, order);
    }

    // -------------------------------------------------------------- evidence

    function test_submitEvidence() public {
        _dispute(orderId, order);
        vm.expectEmit(address(market));
        emit EvidenceSubmitted(orderId, seller, buyer, seller, CID2);
        vm.prank(seller);
        market.submitEvidence(orderId, order, CID2);
        vm.expectEmit(address(market));
        emit EvidenceSubmitted(orderId, seller, buyer, buyer, CID);
        vm.prank(buyer);
        market.submitEvidence(orderId, order, CID);

        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotParticipant.selector, orderId, arbiter)
        );
        vm.prank(arbiter);
        market.submitEvidence(orderId, order, CID);
    }

    function test_submitEvidence_onlyWhileDisputed() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Shipped
            )
        );
        vm.prank(buyer);
        market.submitEvidence(orderId, order, CID);
    }

    // ---------------------------------------------------------------- ruling

    function test_resolveDispute_split() public {
        _dispute(orderId, order);
        uint256 amount = USDC_PRICE;
        uint256 arbiterFee = amount * ARBITER_FEE_BPS / 10_000;
        uint256 rest = amount - arbiterFee;
        uint256 buyerAmount = rest * 3000 / 10_000;
        uint256 sellerGross = rest - buyerAmount;
        uint256 platformFee = sellerGross * FEE_BPS / 10_000;
        uint256[3] memory before =
            [usdc.balanceOf(buyer), usdc.balanceOf(seller), usdc.balanceOf(arbiter)];

        vm.expectEmit(address(market));
        emit DisputeRuled(
            orderId,
            seller,
            buyer,
            arbiter,
            3000,
            buyerAmount,
            sellerGross - platformFee,
            platformFee,
            arbiterFee,
            CID2
        );
        _rule(3000);
        assertEq(usdc.balanceOf(buyer) - before[0], buyerAmount);
        assertEq(usdc.balanceOf(seller) - before[1], sellerGross - platformFee);
        assertEq(usdc.balanceOf(arbiter) - before[2], arbiterFee);
        assertEq(market.accruedFees(address(usdc)), platformFee);
        assertEq(usdc.balanceOf(address(market)), platformFee);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
    }

    function test_resolveDispute_allToBuyerChargesNoPlatformFee() public {
        _dispute(orderId, order);
        _rule(10_000);
        assertEq(market.accruedFees(address(usdc)), 0);
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    function test_resolveDispute_windowBoundary() public {
        _dispute(orderId, order);
        uint256 endsAt = block.timestamp + RULING_WINDOW;
        vm.warp(endsAt + 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.RulingWindowClosed.selector, orderId, endsAt)
        );
        _rule(0);
        vm.warp(endsAt);
        _rule(0);
    }

    function test_resolveDispute_reverts() public {
        _dispute(orderId, order);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotArbiter.selector, orderId, owner)
        );
        vm.prank(owner);
        market.resolveDispute(orderId, order, 0, CID);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.InvalidSplit.selector, 10_001));
        _rule(10_001);
        _rule(5000);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Completed
            )
        );
        _rule(5000);
    }

    /// @notice Issue 9 (6): the owner takes a compromised arbiter off its open disputes. It can
    ///         no longer rule them; the buyer reclaims once the ruling window closes; approving
    ///         the arbiter again restores its rulings.
    function test_resolveDispute_removedArbiterCannotRule() public {
        _dispute(orderId, order);
        vm.prank(owner);
        market.removeArbiter(arbiter);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ArbiterNotApproved.selector, arbiter)
        );
        _rule(0);
        // Not at once: the buyer's reclaim waits for the ruling window, as for a silent arbiter.
        uint256 endsAt = block.timestamp + RULING_WINDOW;
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.RulingWindowOpen.selector, orderId, endsAt)
        );
        vm.prank(buyer);
        market.reclaimExpiredDispute(orderId, order);
        vm.warp(endsAt + 1);
        uint256 before = usdc.balanceOf(buyer);
        vm.prank(buyer);
        market.reclaimExpiredDispute(orderId, order);
        assertEq(usdc.balanceOf(buyer) - before, USDC_PRICE);
    }

    function test_resolveDispute_reapprovedArbiterRulesAgain() public {
        _dispute(orderId, order);
        vm.startPrank(owner);
        market.removeArbiter(arbiter);
        market.approveArbiter(arbiter, ARBITER_FEE_BPS);
        vm.stopPrank();
        _rule(5000);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
    }

    function test_resolveDispute_worksWhilePaused() public {
        _dispute(orderId, order);
        vm.prank(owner);
        market.pause();
        _rule(5000);
    }

    // --------------------------------------------------------------- reclaim

    function test_reclaimExpiredDispute_windowBoundary() public {
        _dispute(orderId, order);
        uint256 endsAt = block.timestamp + RULING_WINDOW;
        vm.warp(endsAt);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.RulingWindowOpen.selector, orderId, endsAt)
        );
        vm.prank(buyer);
        market.reclaimExpiredDispute(orderId, order);

        vm.warp(endsAt + 1);
        uint256 before = usdc.balanceOf(buyer);
        vm.expectEmit(address(market));
        emit DisputeExpired(orderId, seller, buyer, USDC_PRICE);
        vm.prank(buyer);
        market.reclaimExpiredDispute(orderId, order);
        assertEq(usdc.balanceOf(buyer) - before, USDC_PRICE);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Refunded));
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    function test_reclaimExpiredDispute_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InvalidOrderStatus.selector, orderId, OrderStatus.Shipped
            )
        );
        vm.prank(buyer);
        market.reclaimExpiredDispute(orderId, order);
        _dispute(orderId, order);
        vm.warp(block.timestamp + RULING_WINDOW + 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotBuyer.selector, orderId, seller)
        );
        vm.prank(seller);
        market.reclaimExpiredDispute(orderId, order);
    }
}
