// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {CartItem, Order, OrderStatus, Permit} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceCheckoutTest is MarketplaceFixture {
    // ------------------------------------------------------------- purchase

    function test_purchase_eth_escrowsAndEmits() public {
        uint256 listingId = _listEth();
        Order memory order = _terms(listingId, buyer, 2 * ETH_PRICE);
        uint256 expectedId = listingId | 1;
        vm.expectEmit(address(market));
        emit OrderPlaced(
            expectedId,
            seller,
            buyer,
            listingId,
            ETH,
            2,
            2 * ETH_PRICE,
            FEE_BPS,
            arbiter,
            ARBITER_FEE_BPS,
            uint40(block.timestamp + SHIP_WINDOW),
            CID
        );
        vm.prank(buyer);
        uint256 orderId = market.purchase{value: 2 * ETH_PRICE}(listingId, 2, 2 * ETH_PRICE, CID);
        assertEq(orderId, expectedId);
        assertEq(address(market).balance, 2 * ETH_PRICE);
        assertEq(market.getListing(listingId).stock, 8);
        assertEq(market.getListing(listingId).orderCount, 1);
        (OrderStatus status, uint256 since) = market.orderStatus(orderId);
        assertEq(uint8(status), uint8(OrderStatus.Paid));
        assertEq(since, 0);
        assertTrue(market.verifyOrder(orderId, order));
        order.amount += 1;
        assertFalse(market.verifyOrder(orderId, order));
    }

    function test_purchase_erc20_escrows() public {
        uint256 listingId = _listUsdc();
        uint256 before = usdc.balanceOf(buyer);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 3);
        assertEq(usdc.balanceOf(address(market)), 3 * USDC_PRICE);
        assertEq(usdc.balanceOf(buyer), before - 3 * USDC_PRICE);
        assertTrue(market.verifyOrder(orderId, order));
        (uint256 second,) = _buy(buyer2, listingId, 1);
        assertEq(second, listingId | 2);
    }

    function test_purchase_buysWholeStockThenRevertsOnOversell() public {
        uint256 listingId = _list(seller, ETH, 1 ether, 2);
        _buy(buyer, listingId, 2);
        assertEq(market.getListing(listingId).stock, 0);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.InsufficientStock.selector, listingId, 0, 1)
        );
        vm.prank(buyer);
        market.purchase{value: 1 ether}(listingId, 1, 1 ether, CID);
    }

    function test_purchase_reverts() public {
        uint256 listingId = _listEth();
        vm.startPrank(buyer);
        vm.expectRevert(MarketplaceErrors.InvalidQuantity.selector);
        market.purchase(listingId, 0, 0, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.InsufficientStock.selector, listingId, 10, 11)
        );
        market.purchase(listingId, 11, type(uint256).max, CID);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ListingNotFound.selector, listingId + 1)
        );
        market.purchase(listingId + 1, 1, type(uint256).max, CID);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.PriceExceedsMax.selector, ETH_PRICE, ETH_PRICE - 1
            )
        );
        market.purchase{value: ETH_PRICE}(listingId, 1, ETH_PRICE - 1, CID);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.IncorrectPayment.selector, ETH_PRICE, ETH_PRICE - 1
            )
        );
        market.purchase{value: ETH_PRICE - 1}(listingId, 1, ETH_PRICE, CID);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.IncorrectPayment.selector, ETH_PRICE, ETH_PRICE + 1
            )
        );
        market.purchase{value: ETH_PRICE + 1}(listingId, 1, type(uint256).max, CID);
        vm.stopPrank();

        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.SelfPurchase.selector, listingId));
        vm.prank(seller);
        market.purchase{value: ETH_PRICE}(listingId, 1, ETH_PRICE, CID);
    }

    function test_purchase_arbiterCannotBuyWhatItArbitrates() public {
        uint256 listingId = _listEth();
        vm.deal(arbiter, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.ArbiterConflict.selector, arbiter));
        vm.prank(arbiter);
        market.purchase{value: ETH_PRICE}(listingId, 1, ETH_PRICE, CID);
    }

    function test_purchase_erc20_refusesEth() public {
        uint256 listingId = _listUsdc();
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.IncorrectPayment.selector, 0, 1));
        vm.prank(buyer);
        market.purchase{value: 1}(listingId, 1, USDC_PRICE, CID);
    }

    function test_purchase_revertsWhilePaused_andResumes() public {
        uint256 listingId = _listEth();
        vm.prank(owner);
        market.pause();
        vm.expectRevert(MarketplaceErrors.MarketplacePaused.selector);
        vm.prank(buyer);
        market.purchase{value: ETH_PRICE}(listingId, 1, ETH_PRICE, CID);
        vm.expectRevert(MarketplaceErrors.MarketplacePaused.selector);
        vm.prank(buyer);
        market.checkout{value: ETH_PRICE}(_items1(_item(listingId, 1)), ETH_PRICE);
        vm.prank(owner);
        market.unpause();
        _buy(buyer, listingId, 1);
    }

    function test_purchase_refusesRemovedTokenOrArbiter() public {
        uint256 usdcListing = _listUsdc();
        uint256 ethListing = _listEth();
        vm.prank(owner);
        market.removeToken(address(usdc));
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.TokenNotAllowed.selector, address(usdc))
        );
        vm.prank(buyer);
        market.purchase(usdcListing, 1, USDC_PRICE, CID);

        vm.prank(owner);
        market.removeArbiter(arbiter);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.ArbiterNotApproved.selector, arbiter)
        );
        vm.prank(buyer);
        market.purchase{value: ETH_PRICE}(ethListing, 1, ETH_PRICE, CID);
    }

    function test_purchase_snapshotsFeesAtPurchase() public {
        uint256 listingId = _listEth();
        (uint256 orderId, Order memory order) = _buyEth();
        vm.startPrank(owner);
        market.setPlatformFee(0);
        market.approveArbiter(arbiter, 1000);
        vm.stopPrank();
        // The old terms still verify; a new order gets the new rates.
        assertTrue(market.verifyOrder(orderId, order));
        (uint256 orderId2, Order memory order2) = _buy(buyer, listingId, 1);
        assertEq(order2.feeBps, 0);
        assertEq(order2.arbiterFeeBps, 1000);
        assertTrue(market.verifyOrder(orderId2, order2));
    }

    // ---------------------------------------------------------------- permit

    function test_purchaseWithPermit_oneTransaction() public {
        uint256 listingId = _listUsdc();
        vm.prank(buyer);
        usdc.approve(address(market), 0);
        Permit memory permit =
            _permit(buyerKey, address(usdc), USDC_PRICE, block.timestamp + 1 hours);
        vm.prank(buyer);
        uint256 orderId = market.purchaseWithPermit(listingId, 1, USDC_PRICE, CID, permit);
        assertEq(usdc.balanceOf(address(market)), USDC_PRICE);
        assertEq(uint8(_status(orderId)), uint8(OrderStatus.Paid));
        assertEq(usdc.allowance(buyer, address(market)), 0);
    }

    function test_purchaseWithPermit_ignoresFailedPermitWhenAllowanceSuffices() public {
        uint256 listingId = _listUsdc();
        Permit memory permit =
            _permit(buyerKey, address(usdc), USDC_PRICE, block.timestamp + 1 hours);
        // Front-run: someone submits the permit first; the purchase still goes through.
        usdc.permit(
            buyer, address(market), permit.value, permit.deadline, permit.v, permit.r, permit.s
        );
        vm.prank(buyer);
        market.purchaseWithPermit(listingId, 1, USDC_PRICE, CID, permit);
        assertEq(usdc.balanceOf(address(market)), USDC_PRICE);
    }

    function test_purchaseWithPermit_revertsForEth() public {
        uint256 listingId = _listEth();
        Permit memory permit;
        vm.expectRevert(MarketplaceErrors.PermitNotSupported.selector);
        vm.prank(buyer);
        market.purchaseWithPermit(listingId, 1, ETH_PRICE, CID, permit);
    }

    // ------------------------------------------------------------------ cart

    function test_checkout_severalSellersOneToken() public {
        uint256 a = _listUsdc();
        uint256 b = _list(seller2, address(usdc), 7e6, 5);
        CartItem[] memory items = new CartItem[](3);
        (items[0], items[1], items[2]) = (_item(a, 2), _item(b, 1), _item(a, 1));
        uint256 total = 3 * USDC_PRICE + 7e6;
        vm.prank(buyer);
        uint256[] memory orderIds = market.checkout(items, total);
        assertEq(orderIds.length, 3);
        assertEq(orderIds[0], a | 1);
        assertEq(orderIds[1], b | 1);
        assertEq(orderIds[2], a | 2);
        assertEq(usdc.balanceOf(address(market)), total);
        assertEq(market.getListing(a).stock, 7);
        assertEq(market.getListing(b).stock, 4);
        assertTrue(market.verifyOrder(orderIds[1], _terms(b, buyer, 7e6)));
    }

    function test_checkout_eth() public {
        uint256 a = _listEth();
        uint256 b = _list(seller2, ETH, 1 ether, 5);
        vm.prank(buyer);
        uint256[] memory orderIds = market.checkout{value: ETH_PRICE + 1 ether}(
            _items2(_item(a, 1), _item(b, 1)), ETH_PRICE + 1 ether
        );
        assertEq(orderIds.length, 2);
        assertEq(address(market).balance, ETH_PRICE + 1 ether);
    }

    function test_checkout_isAllOrNothing() public {
        uint256 a = _listUsdc();
        uint256 b = _list(seller2, address(usdc), 7e6, 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.InsufficientStock.selector, b, 1, 2)
        );
        vm.prank(buyer);
        market.checkout(_items2(_item(a, 1), _item(b, 2)), type(uint256).max);
        assertEq(market.getListing(a).stock, 10);
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    function test_checkout_reverts() public {
        uint256 a = _listUsdc();
        uint256 e = _list(seller2, ETH, 1 ether, 5);
        CartItem[] memory none = new CartItem[](0);
        vm.startPrank(buyer);
        vm.expectRevert(MarketplaceErrors.EmptyCart.selector);
        market.checkout(none, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.MixedPaymentTokens.selector, address(usdc), ETH
            )
        );
        market.checkout(_items2(_item(a, 1), _item(e, 1)), type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.PriceExceedsMax.selector, 2 * USDC_PRICE, 2 * USDC_PRICE - 1
            )
        );
        market.checkout(_items2(_item(a, 1), _item(a, 1)), 2 * USDC_PRICE - 1);
        vm.stopPrank();
    }

    function test_checkoutWithPermit() public {
        uint256 a = _listUsdc();
        uint256 b = _list(seller2, address(usdc), 7e6, 5);
        vm.prank(buyer);
        usdc.approve(address(market), 0);
        uint256 total = USDC_PRICE + 7e6;
        Permit memory permit = _permit(buyerKey, address(usdc), total, block.timestamp + 1 hours);
        vm.prank(buyer);
        uint256[] memory orderIds =
            market.checkoutWithPermit(_items2(_item(a, 1), _item(b, 1)), total, permit);
        assertEq(orderIds.length, 2);
        assertEq(usdc.balanceOf(address(market)), total);
    }

    function test_checkoutWithPermit_revertsForEth() public {
        uint256 e = _listEth();
        Permit memory permit;
        vm.expectRevert(MarketplaceErrors.PermitNotSupported.selector);
        vm.prank(buyer);
        market.checkoutWithPermit(_items1(_item(e, 1)), type(uint256).max, permit);
    }
}
