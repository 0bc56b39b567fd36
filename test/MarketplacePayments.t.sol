// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {Coupon, Order, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {
    BlocklistToken,
    CallbackToken,
    FalseReturnToken,
    FeeOnTransferToken,
    LyingToken,
    NoReturnToken,
    ReentrantToken,
    ZeroRevertToken
} from "./mocks/AdversarialTokens.sol";
import {
    GasBurner,
    GasBurningTokenSeller,
    ReentrantReceiver,
    RevertingReceiver
} from "./mocks/Receivers.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplacePaymentsTest is MarketplaceFixture {
    function _allow(address token) internal {
        vm.prank(owner);
        market.allowToken(token);
    }

    /// @dev Mints `token` to the buyer, approves the marketplace, lists and buys one unit.
    function _buyIn(address token, uint96 price)
        internal
        returns (uint256 orderId, Order memory order)
    {
        _allow(token);
        // Low-level calls: the USDT-like token's approve returns nothing.
        (bool minted,) =
            token.call(abi.encodeWithSignature("mint(address,uint256)", buyer, 1_000_000e18));
        vm.prank(buyer);
        (bool approved,) = token.call(
            abi.encodeWithSignature("approve(address,uint256)", address(market), type(uint256).max)
        );
        assertTrue(minted && approved);
        return _buy(buyer, _list(seller, token, price, 10), 1);
    }

    // --------------------------------------------------- failed ETH payouts

    function test_revertingEthSeller_isCreditedAndWithdrawsElsewhere() public {
        RevertingReceiver wallet = new RevertingReceiver();
        vm.prank(address(wallet));
        uint256 listingId = market.createListing(ETH, ETH_PRICE, 5, arbiter, SHIP_WINDOW, CID);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        uint256 net = ETH_PRICE - uint256(ETH_PRICE) * FEE_BPS / 10_000;

        vm.expectEmit(address(market));
        emit PaymentCredited(ETH, address(wallet), net);
        _confirm(orderId, order);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
        assertEq(market.creditOf(ETH, address(wallet)), net);

        // Withdrawing to itself fails; to another address it works.
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.EthTransferFailed.selector, address(wallet), net
            )
        );
        wallet.execute(address(market), 0, abi.encodeCall(market.withdraw, (ETH, address(wallet))));
        address cold = makeAddr("cold wallet");
        vm.expectEmit(address(market));
        emit CreditWithdrawn(ETH, address(wallet), cold, net);
        wallet.execute(address(market), 0, abi.encodeCall(market.withdraw, (ETH, cold)));
        assertEq(cold.balance, net);
        assertEq(market.creditOf(ETH, address(wallet)), 0);
    }

    function test_gasBurningSeller_cannotBlockRelease() public {
        GasBurner burner = new GasBurner();
        vm.prank(address(burner));
        uint256 listingId = market.createListing(ETH, ETH_PRICE, 5, arbiter, SHIP_WINDOW, CID);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        vm.prank(address(burner));
        market.shipOrder(orderId, order, CID);
        vm.warp(block.timestamp + CONFIRM_WINDOW + 1);
        uint256 gasBefore = gasleft();
        vm.prank(stranger);
        market.releasePayment(orderId, order);
        assertLt(gasBefore - gasleft(), 200_000);
        assertGt(market.creditOf(ETH, address(burner)), 0);
    }

    /// @notice Issue 9 (3): a token that calls the payee back let the seller burn the buyer's gas
    ///         (4.87M for a confirmation). Token payouts are now bounded as ETH's are: the
    ///         buyer's call stays cheap and the seller is credited instead.
    function test_gasBurningTokenSeller_cannotInflateConfirm() public {
        CallbackToken token = new CallbackToken();
        _allow(address(token));
        token.mint(buyer, 100e18);
        vm.prank(buyer);
        token.approve(address(market), type(uint256).max);
        GasBurningTokenSeller burner = new GasBurningTokenSeller();
        vm.prank(address(burner));
        uint256 listingId =
            market.createListing(address(token), 100e18, 5, arbiter, SHIP_WINDOW, CID);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        uint256 gasBefore = gasleft();
        vm.prank(buyer);
        market.confirmReceipt(orderId, order);
        assertLt(gasBefore - gasleft(), market.TOKEN_PAYOUT_GAS() + 60_000);
        uint256 fee = 100e18 * uint256(FEE_BPS) / 10_000;
        assertEq(market.creditOf(address(token), address(burner)), 100e18 - fee);
        assertEq(token.balanceOf(address(market)), 100e18);
    }

    function test_revertingEthBuyer_refundIsCredited() public {
        RevertingReceiver wallet = new RevertingReceiver();
        vm.deal(address(wallet), 1 ether);
        uint256 listingId = _listEth();
        Order memory order = _terms(listingId, address(wallet), ETH_PRICE);
        bytes memory ret = wallet.execute(
            address(market),
            ETH_PRICE,
            abi.encodeCall(market.purchase, (listingId, 1, ETH_PRICE, CID))
        );
        uint256 orderId = abi.decode(ret, (uint256));
        vm.prank(seller);
        market.refundOrder(orderId, order, ETH_PRICE);
        assertEq(market.creditOf(ETH, address(wallet)), ETH_PRICE);
        assertEq(address(market).balance, ETH_PRICE);
    }

    function test_withdraw_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NothingToWithdraw.selector, ETH, stranger)
        );
        vm.prank(stranger);
        market.withdraw(ETH, stranger);
        vm.expectRevert(MarketplaceErrors.ZeroAddress.selector);
        vm.prank(stranger);
        market.withdraw(ETH, address(0));
    }

    // -------------------------------------------------- failed token payouts

    function test_blocklistedSeller_isCreditedAndWithdrawsElsewhere() public {
        BlocklistToken token = new BlocklistToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        token.setBlocked(seller, true);
        _confirm(orderId, order);
        uint256 net = 100e18 - 100e18 * uint256(FEE_BPS) / 10_000;
        assertEq(market.creditOf(address(token), seller), net);

        vm.expectRevert(); // the token refuses the blocklisted recipient
        vm.prank(seller);
        market.withdraw(address(token), seller);

        vm.prank(seller);
        market.withdraw(address(token), seller2);
        assertEq(token.balanceOf(seller2), net);
        assertEq(token.balanceOf(address(market)), market.accruedFees(address(token)));
    }

    function test_blocklistedParties_inRuling() public {
        BlocklistToken token = new BlocklistToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        _ship(orderId, order);
        _dispute(orderId, order);
        token.setBlocked(buyer, true);
        token.setBlocked(arbiter, true);
        vm.prank(arbiter);
        market.resolveDispute(orderId, order, 5000, CID);
        assertGt(market.creditOf(address(token), buyer), 0);
        assertGt(market.creditOf(address(token), arbiter), 0);
        assertEq(
            token.balanceOf(address(market)),
            market.creditOf(address(token), buyer) + market.creditOf(address(token), arbiter)
                + market.accruedFees(address(token))
        );
    }

    function test_falseReturningToken_isCredited() public {
        FalseReturnToken token = new FalseReturnToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        token.setRefuse(buyer, true);
        vm.prank(seller);
        market.refundOrder(orderId, order, 40e18);
        assertEq(market.creditOf(address(token), buyer), 40e18);
    }

    function test_tokenReportingFalseAfterPaying_isNotPaidTwice() public {
        LyingToken token = new LyingToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        uint256 fee = 100e18 * uint256(FEE_BPS) / 10_000;
        // The seller's payout moves the whole amount and reports failure.
        token.arm(seller, 0);
        _confirm(orderId, order);
        assertEq(token.balanceOf(seller), 100e18 - fee);
        // Nothing credited, so nothing to take a second time.
        assertEq(market.creditOf(address(token), seller), 0);
        vm.prank(seller);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.NothingToWithdraw.selector, address(token), seller
            )
        );
        market.withdraw(address(token), seller);
        assertEq(token.balanceOf(address(market)), fee);
    }

    function test_tokenReportingFalseAfterPayingPart_creditsTheRest() public {
        LyingToken token = new LyingToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        uint256 net = 100e18 - 100e18 * uint256(FEE_BPS) / 10_000;
        token.arm(seller, 30e18);
        vm.expectEmit(address(market));
        emit PaymentCredited(address(token), seller, 30e18);
        _confirm(orderId, order);
        assertEq(market.creditOf(address(token), seller), 30e18);
        vm.prank(seller);
        market.withdraw(address(token), seller);
        assertEq(token.balanceOf(seller), net);
    }

    function test_tokenReportingFalse_unreadableBalance_creditsAll() public {
        LyingToken token = new LyingToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        // Nothing moves and the balance cannot be read: the whole refund is owed.
        token.arm(buyer, 40e18);
        token.hideBalances();
        vm.prank(seller);
        market.refundOrder(orderId, order, 40e18);
        assertEq(market.creditOf(address(token), buyer), 40e18);
    }

    // ------------------------------------------------------ adversarial tokens

    function test_noReturnToken_fullLifecycle() public {
        NoReturnToken token = new NoReturnToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        assertEq(token.balanceOf(address(market)), 100e18);
        vm.prank(seller);
        market.refundOrder(orderId, order, 10e18);
        _confirm(orderId, order);
        uint256 fee = 90e18 * uint256(FEE_BPS) / 10_000;
        assertEq(token.balanceOf(seller), 90e18 - fee);
        assertEq(token.balanceOf(buyer), 1_000_000e18 - 90e18);
        market.sweepFees(address(token));
        assertEq(token.balanceOf(treasury), fee);
        assertEq(token.balanceOf(address(market)), 0);
    }

    function test_feeOnTransferToken_isRefused() public {
        FeeOnTransferToken token = new FeeOnTransferToken();
        _allow(address(token));
        token.mint(buyer, 1000e18);
        vm.prank(buyer);
        token.approve(address(market), type(uint256).max);
        uint256 listingId = _list(seller, address(token), 100e18, 10);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.TransferAmountMismatch.selector, address(token), 100e18, 99e18
            )
        );
        vm.prank(buyer);
        market.purchase(listingId, 1, 100e18, CID);
        assertEq(token.balanceOf(buyer), 1000e18);
    }

    function test_zeroRevertToken_neverSeesZeroTransfers() public {
        ZeroRevertToken token = new ZeroRevertToken();
        _allow(address(token));
        token.mint(buyer, 1000e18);
        vm.prank(buyer);
        token.approve(address(market), type(uint256).max);
        vm.prank(owner);
        market.setPlatformFee(0);
        uint256 listingId = _list(seller, address(token), 100e18, 10);

        // A 100% coupon: nothing to collect, nothing to pay out.
        Coupon memory coupon = _coupon(seller, listingId, address(token), 0, 10_000);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.prank(buyer);
        uint256[] memory ids =
            market.checkout(_items1(_itemWithCoupon(listingId, 1, coupon, signature)), 0);
        _confirm(ids[0], _terms(listingId, buyer, 0));

        // A ruling of 0% to the buyer and a 0% arbiter fee: only the seller is paid.
        vm.prank(owner);
        market.approveArbiter(arbiter, 0);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        _ship(orderId, order);
        _dispute(orderId, order);
        vm.prank(arbiter);
        market.resolveDispute(orderId, order, 0, CID);
        assertEq(token.balanceOf(seller), 100e18);
    }

    // ---------------------------------------------------------------- reentrancy

    function test_reentrantToken_cannotReenterDuringPurchase() public {
        ReentrantToken token = new ReentrantToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        // During the next purchase's transferFrom, the token tries to confirm the first order.
        uint256 listingId = _listingOf(orderId);
        token.arm(address(market), abi.encodeCall(market.confirmReceipt, (orderId, order)));
        _buy(buyer, listingId, 1);
        assertFalse(token.lastCallSucceeded());
        assertEq(
            bytes4(token.lastRevertData()),
            ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector
        );
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Paid));
    }

    function test_reentrantToken_cannotReenterDuringPayout() public {
        ReentrantToken token = new ReentrantToken();
        (uint256 orderId, Order memory order) = _buyIn(address(token), 100e18);
        (uint256 orderId2, Order memory order2) = _buy(buyer, _listingOf(orderId), 1);
        // During the seller's payout, the token tries to have the seller refund... anything.
        token.arm(address(market), abi.encodeCall(market.cancelOrder, (orderId2, order2)));
        _confirm(orderId, order);
        assertFalse(token.lastCallSucceeded());
        assertEq(
            bytes4(token.lastRevertData()),
            ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector
        );
    }

    function test_reentrantEthRecipient_cannotDoublePay() public {
        ReentrantReceiver wallet = new ReentrantReceiver();
        vm.prank(address(wallet));
        uint256 listingId = market.createListing(ETH, ETH_PRICE, 5, arbiter, SHIP_WINDOW, CID);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        wallet.arm(address(market), abi.encodeCall(market.releasePayment, (orderId, order)));
        _confirm(orderId, order);
        assertTrue(wallet.attempted());
        assertFalse(wallet.reentered());
        assertEq(
            bytes4(wallet.revertData()),
            ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector
        );
        uint256 fee = uint256(ETH_PRICE) * FEE_BPS / 10_000;
        assertEq(address(wallet).balance, ETH_PRICE - fee);
        assertEq(address(market).balance, fee);
    }

    // ---------------------------------------------------------------- fees

    function test_sweepFees() public {
        (uint256 orderId, Order memory order) = _buyEth();
        _confirm(orderId, order);
        (uint256 orderId2, Order memory order2) = _buyUsdc();
        _confirm(orderId2, order2);
        uint256 ethFee = uint256(ETH_PRICE) * FEE_BPS / 10_000;
        uint256 usdcFee = uint256(USDC_PRICE) * FEE_BPS / 10_000;

        vm.expectEmit(address(market));
        emit FeesSwept(ETH, treasury, ethFee);
        vm.prank(stranger);
        market.sweepFees(ETH);
        market.sweepFees(address(usdc));
        assertEq(treasury.balance, ethFee);
        assertEq(usdc.balanceOf(treasury), usdcFee);
        assertEq(market.accruedFees(ETH), 0);

        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.NothingToWithdraw.selector, ETH, address(market)
            )
        );
        market.sweepFees(ETH);
    }

    function test_sweepFees_revertingTreasury() public {
        RevertingReceiver bad = new RevertingReceiver();
        vm.prank(owner);
        market.setTreasury(address(bad));
        (uint256 orderId, Order memory order) = _buyEth();
        _confirm(orderId, order);
        uint256 fee = uint256(ETH_PRICE) * FEE_BPS / 10_000;
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.EthTransferFailed.selector, address(bad), fee)
        );
        market.sweepFees(ETH);
        vm.prank(owner);
        market.setTreasury(treasury);
        market.sweepFees(ETH);
        assertEq(treasury.balance, fee);
    }
}
