// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {Coupon, Order, OrderStatus} from "../contracts/src/lib/MarketplaceTypes.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceFuzzTest is MarketplaceFixture {
    function _fund(uint256 amount) internal {
        usdc.mint(buyer, amount);
    }

    /// @notice Any price and quantity within stock escrows exactly price x quantity.
    function testFuzz_purchase_escrowsPriceTimesQuantity(
        uint96 price,
        uint32 stock,
        uint32 quantity
    ) public {
        price = uint96(bound(price, 1, type(uint96).max));
        stock = uint32(bound(stock, 1, type(uint32).max));
        quantity = uint32(bound(quantity, 1, stock));
        uint256 listingId = _list(seller, address(usdc), price, stock);
        uint256 total = uint256(price) * quantity;
        _fund(total);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, quantity);
        assertEq(usdc.balanceOf(address(market)), total);
        assertEq(market.getListing(listingId).stock, stock - quantity);
        assertTrue(market.verifyOrder(orderId, order));
    }

    /// @notice Buying more than the stock always reverts and changes nothing.
    function testFuzz_purchase_neverOversells(uint32 stock, uint32 quantity) public {
        stock = uint32(bound(stock, 0, type(uint32).max - 1));
        quantity = uint32(bound(quantity, stock + 1, type(uint32).max));
        uint256 listingId = _list(seller, ETH, 1, stock);
        vm.expectRevert(
            abi.encodeWithSelector(
                MarketplaceErrors.InsufficientStock.selector, listingId, stock, quantity
            )
        );
        vm.prank(buyer);
        market.purchase{value: quantity}(listingId, quantity, quantity, CID);
        assertEq(market.getListing(listingId).stock, stock);
    }

    /// @notice A percentage coupon takes floor(gross x bps / 10,000) off.
    function testFuzz_percentCoupon(uint96 price, uint32 quantity, uint16 bps) public {
        price = uint96(bound(price, 1, type(uint96).max));
        quantity = uint32(bound(quantity, 1, 1000));
        bps = uint16(bound(bps, 0, 10_000));
        uint256 listingId = _list(seller, address(usdc), price, 1000);
        uint256 gross = uint256(price) * quantity;
        uint256 expected = gross - gross * bps / 10_000;
        _fund(gross);
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), 0, bps);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.prank(buyer);
        uint256[] memory ids = market.checkout(
            _items1(_itemWithCoupon(listingId, quantity, coupon, signature)), expected
        );
        assertEq(usdc.balanceOf(address(market)), expected);
        assertTrue(market.verifyOrder(ids[0], _terms(listingId, buyer, expected)));
    }

    /// @notice A fixed coupon takes min(value, gross) off.
    function testFuzz_fixedCoupon(uint96 price, uint32 quantity, uint256 value) public {
        price = uint96(bound(price, 1, type(uint96).max));
        quantity = uint32(bound(quantity, 1, 1000));
        uint256 listingId = _list(seller, address(usdc), price, 1000);
        uint256 gross = uint256(price) * quantity;
        uint256 expected = value >= gross ? 0 : gross - value;
        _fund(gross);
        Coupon memory coupon = _coupon(seller, 0, address(usdc), 1, value);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.prank(buyer);
        market.checkout(_items1(_itemWithCoupon(listingId, quantity, coupon, signature)), expected);
        assertEq(usdc.balanceOf(address(market)), expected);
    }

    /// @notice A ruling distributes the escrow exactly: buyer + seller + fee + arbiter = amount.
    function testFuzz_rulingSplitConservesEscrow(
        uint96 price,
        uint16 buyerShareBps,
        uint16 feeBps,
        uint16 arbiterBps
    ) public {
        price = uint96(bound(price, 1, type(uint96).max));
        buyerShareBps = uint16(bound(buyerShareBps, 0, 10_000));
        vm.startPrank(owner);
        market.setPlatformFee(uint16(bound(feeBps, 0, 500)));
        market.approveArbiter(arbiter, uint16(bound(arbiterBps, 0, 1000)));
        vm.stopPrank();
        uint256 listingId = _list(seller, address(usdc), price, 1);
        _fund(price);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        _ship(orderId, order);
        _dispute(orderId, order);
        uint256[3] memory before =
            [usdc.balanceOf(buyer), usdc.balanceOf(seller), usdc.balanceOf(arbiter)];
        vm.prank(arbiter);
        market.resolveDispute(orderId, order, buyerShareBps, CID);

        uint256 toBuyer = usdc.balanceOf(buyer) - before[0];
        uint256 toSeller = usdc.balanceOf(seller) - before[1];
        uint256 toArbiter = usdc.balanceOf(arbiter) - before[2];
        uint256 fee = market.accruedFees(address(usdc));
        assertEq(toBuyer + toSeller + toArbiter + fee, price, "not conserved");
        assertEq(usdc.balanceOf(address(market)), fee);
        assertEq(toArbiter, uint256(price) * order.arbiterFeeBps / 10_000);
        uint256 rest = price - toArbiter;
        assertEq(toBuyer, rest * buyerShareBps / 10_000);
        // The platform fee is charged on the seller's share only.
        assertEq(fee, (rest - toBuyer) * order.feeBps / 10_000);
    }

    /// @notice Confirmation pays seller + fee = escrow, fee = floor(amount x feeBps / 10,000).
    function testFuzz_confirmSplitsFee(uint96 price, uint16 feeBps) public {
        price = uint96(bound(price, 1, type(uint96).max));
        vm.prank(owner);
        market.setPlatformFee(uint16(bound(feeBps, 0, 500)));
        uint256 listingId = _list(seller, address(usdc), price, 1);
        _fund(price);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        uint256 before = usdc.balanceOf(seller);
        _confirm(orderId, order);
        uint256 fee = uint256(price) * order.feeBps / 10_000;
        assertEq(usdc.balanceOf(seller) - before, price - fee);
        assertEq(market.accruedFees(address(usdc)), fee);
    }

    /// @notice Any sequence of partial refunds returns exactly what was refunded; the rest
    ///         goes to the seller at confirmation.
    function testFuzz_partialRefunds(uint96 price, uint256[4] memory refunds) public {
        price = uint96(bound(price, 1, type(uint96).max));
        uint256 listingId = _list(seller, ETH, price, 1);
        vm.deal(buyer, price);
        (uint256 orderId, Order memory order) = _buy(buyer, listingId, 1);
        uint256 refunded;
        for (uint256 i; i < refunds.length && refunded < price; ++i) {
            uint256 amount = bound(refunds[i], 1, price - refunded);
            vm.prank(seller);
            market.refundOrder(orderId, order, amount);
            refunded += amount;
        }
        assertEq(buyer.balance, refunded);
        if (refunded < price) {
            _confirm(orderId, order);
            assertEq(uint8(_status(orderId)), uint8(OrderStatus.Completed));
        } else {
            assertEq(uint8(_status(orderId)), uint8(OrderStatus.Refunded));
        }
        assertEq(address(market).balance, market.accruedFees(ETH));
    }

    /// @notice Terms that differ from the committed ones in any field are rejected.
    function testFuzz_tamperedTermsRejected(uint256 field, uint256 delta) public {
        (uint256 orderId, Order memory order) = _buyEth();
        delta = bound(delta, 1, type(uint16).max);
        field = bound(field, 0, 6);
        if (field == 0) order.buyer = address(uint160(order.buyer) ^ uint160(delta));
        if (field == 1) order.token = address(uint160(order.token) ^ uint160(delta));
        if (field == 2) order.amount ^= delta;
        if (field == 3) order.feeBps ^= uint16(delta);
        if (field == 4) order.arbiter = address(uint160(order.arbiter) ^ uint160(delta));
        if (field == 5) order.arbiterFeeBps ^= uint16(delta);
        if (field == 6) order.shipDeadline ^= uint40(delta);
        assertFalse(market.verifyOrder(orderId, order));
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.OrderMismatch.selector, orderId));
        vm.prank(seller);
        market.shipOrder(orderId, order, CID);
    }
}
