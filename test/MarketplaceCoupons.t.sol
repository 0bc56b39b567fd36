// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Marketplace} from "../contracts/src/Marketplace.sol";
import {MarketplaceErrors} from "../contracts/src/interfaces/MarketplaceErrors.sol";
import {CartItem, Coupon, Order} from "../contracts/src/lib/MarketplaceTypes.sol";
import {ERC1271Seller} from "./mocks/Receivers.sol";
import {MarketplaceFixture} from "./utils/MarketplaceFixture.sol";

contract MarketplaceCouponsTest is MarketplaceFixture {
    uint8 internal constant PERCENT = 0;
    uint8 internal constant FIXED = 1;

    uint256 internal listingId;

    function setUp() public override {
        super.setUp();
        listingId = _listUsdc();
    }

    function _redeem(Coupon memory coupon, bytes memory signature, uint32 quantity)
        internal
        returns (uint256[] memory)
    {
        vm.prank(buyer);
        return market.checkout(
            _items1(_itemWithCoupon(listingId, quantity, coupon, signature)), type(uint256).max
        );
    }

    function _expectRedeemRevert(Coupon memory coupon, bytes memory revertData) internal {
        bytes memory signature = _sign(coupon, sellerKey);
        vm.expectRevert(revertData);
        _redeem(coupon, signature, 1);
    }

    function test_percentCoupon_discountsAndEmits() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 1000); // 10%
        bytes32 hash = market.couponHash(coupon);
        bytes memory signature = _sign(coupon, sellerKey);
        uint256 gross = 2 * USDC_PRICE;
        uint256 discount = gross / 10;
        vm.expectEmit(address(market));
        emit OrderPlaced(
            listingId | 1,
            seller,
            buyer,
            listingId,
            address(usdc),
            2,
            gross - discount,
            FEE_BPS,
            arbiter,
            ARBITER_FEE_BPS,
            uint40(block.timestamp + SHIP_WINDOW),
            CID
        );
        vm.expectEmit(address(market));
        emit CouponRedeemed(hash, listingId | 1, seller, discount, 0);
        uint256[] memory orderIds = _redeem(coupon, signature, 2);
        assertEq(usdc.balanceOf(address(market)), gross - discount);
        assertTrue(market.verifyOrder(orderIds[0], _terms(listingId, buyer, gross - discount)));
        // Unlimited coupons are not counted.
        assertEq(market.couponRedemptions(hash), 0);
        _redeem(coupon, signature, 1);
    }

    function test_fixedCoupon_sellerWideAndCappedAtTotal() public {
        uint256 other = _list(seller, address(usdc), 3e6, 5);
        Coupon memory coupon = _coupon(seller, 0, address(usdc), FIXED, 5e6);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.prank(buyer);
        uint256[] memory orderIds = market.checkout(
            _items2(
                _itemWithCoupon(listingId, 1, coupon, signature),
                _itemWithCoupon(other, 1, coupon, signature)
            ),
            USDC_PRICE - 5e6
        );
        // The second line (3e6) is fully discounted: nothing is owed for it.
        assertEq(usdc.balanceOf(address(market)), USDC_PRICE - 5e6);
        assertTrue(market.verifyOrder(orderIds[1], _terms(other, buyer, 0)));
    }

    function test_couponForFree_skipsZeroTransfer() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 10_000);
        uint256[] memory orderIds = _redeem(coupon, _sign(coupon, sellerKey), 1);
        assertEq(usdc.balanceOf(address(market)), 0);
        Order memory order = _terms(listingId, buyer, 0);
        // A free order still completes, with nothing to pay out.
        _confirm(orderIds[0], order);
        assertEq(usdc.balanceOf(address(market)), 0);
    }

    /// @notice Issue 9 (2), the attack: a seller signs a 100% coupon for an account of its own,
    ///         "buys" for free, confirms and rates 5 stars. The review is kept, but it does not
    ///         count toward the seller's reputation; a paid order's review, even 90% off, does.
    function test_freeOrderReview_doesNotCount() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 10_000);
        uint256[] memory orderIds = _redeem(coupon, _sign(coupon, sellerKey), 1);
        _confirm(orderIds[0], _terms(listingId, buyer, 0));
        vm.expectEmit(address(market));
        emit ReviewSubmitted(orderIds[0], seller, buyer, 5, CID);
        vm.prank(buyer);
        market.submitReview(orderIds[0], 5, CID);
        (uint64 count, uint64 sum) = market.reputationOf(seller);
        assertEq(count, 0);
        assertEq(sum, 0);

        coupon = _coupon(seller, listingId, address(usdc), PERCENT, 9000);
        orderIds = _redeem(coupon, _sign(coupon, sellerKey), 1);
        _confirm(orderIds[0], _terms(listingId, buyer, USDC_PRICE / 10));
        vm.prank(buyer);
        market.submitReview(orderIds[0], 4, CID);
        (count, sum) = market.reputationOf(seller);
        assertEq(count, 1);
        assertEq(sum, 4);
    }

    function test_coupon_maxRedemptions() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), FIXED, 1e6);
        coupon.maxRedemptions = 2;
        bytes32 hash = market.couponHash(coupon);
        bytes memory signature = _sign(coupon, sellerKey);
        _redeem(coupon, signature, 1);
        assertEq(market.couponRedemptions(hash), 1);
        vm.expectEmit(address(market));
        emit CouponRedeemed(hash, listingId | 2, seller, 1e6, 2);
        _redeem(coupon, signature, 1);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.CouponExhausted.selector, hash, 2));
        _redeem(coupon, signature, 1);
    }

    function test_coupon_wrongChain() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        coupon.chainId = 1;
        _expectRedeemRevert(
            coupon,
            abi.encodeWithSelector(MarketplaceErrors.CouponWrongChain.selector, 1, block.chainid)
        );
    }

    function test_coupon_signedOnAnotherChain() public {
        // The fields say this chain, but the seller signed another chain's domain.
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        // Restored from the coupon, not a local copy of block.chainid: via-IR may re-read that
        // after the cheatcode changed it.
        vm.chainId(1);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.chainId(coupon.chainId);
        vm.expectRevert(MarketplaceErrors.InvalidCouponSignature.selector);
        _redeem(coupon, signature, 1);
    }

    function test_coupon_wrongMarketplace() public {
        Marketplace otherMarket = new Marketplace(owner, treasury, 0, 1, 1);
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        coupon.marketplace = address(otherMarket);
        _expectRedeemRevert(
            coupon,
            abi.encodeWithSelector(
                MarketplaceErrors.CouponWrongMarketplace.selector, address(otherMarket)
            )
        );
    }

    function test_coupon_otherSellersListing() public {
        Coupon memory coupon = _coupon(seller2, 0, address(usdc), PERCENT, 100);
        bytes memory signature = _sign(coupon, seller2Key);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.CouponSellerMismatch.selector, seller2, seller)
        );
        _redeem(coupon, signature, 1);
    }

    function test_coupon_otherListing() public {
        uint256 other = _listUsdc();
        Coupon memory coupon = _coupon(seller, other, address(usdc), PERCENT, 100);
        _expectRedeemRevert(
            coupon,
            abi.encodeWithSelector(
                MarketplaceErrors.CouponListingMismatch.selector, other, listingId
            )
        );
    }

    function test_coupon_otherToken() public {
        Coupon memory coupon = _coupon(seller, 0, ETH, FIXED, 100);
        _expectRedeemRevert(
            coupon,
            abi.encodeWithSelector(
                MarketplaceErrors.CouponTokenMismatch.selector, ETH, address(usdc)
            )
        );
    }

    function test_coupon_otherBuyer() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        coupon.buyer = buyer2;
        _expectRedeemRevert(
            coupon,
            abi.encodeWithSelector(MarketplaceErrors.CouponBuyerMismatch.selector, buyer2, buyer)
        );
        coupon.buyer = buyer;
        _redeem(coupon, _sign(coupon, sellerKey), 1);
    }

    function test_coupon_expiryBoundary() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        coupon.expiry = uint64(block.timestamp + 100);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.warp(block.timestamp + 100);
        _redeem(coupon, signature, 1); // valid at the expiry itself
        vm.warp(block.timestamp + 1);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.CouponExpired.selector, coupon.expiry)
        );
        _redeem(coupon, signature, 1);
    }

    function test_coupon_badSignature() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        bytes memory signature = _sign(coupon, buyerKey);
        vm.expectRevert(MarketplaceErrors.InvalidCouponSignature.selector);
        _redeem(coupon, signature, 1);
        vm.expectRevert(MarketplaceErrors.InvalidCouponSignature.selector);
        _redeem(coupon, hex"1234", 1);
        // A tampered coupon no longer matches its signature.
        signature = _sign(coupon, sellerKey);
        coupon.value = 5000;
        vm.expectRevert(MarketplaceErrors.InvalidCouponSignature.selector);
        _redeem(coupon, signature, 1);
    }

    function test_coupon_invalidKindOrPercent() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), 2, 1);
        _expectRedeemRevert(coupon, abi.encodePacked(MarketplaceErrors.InvalidCoupon.selector));
        coupon = _coupon(seller, listingId, address(usdc), PERCENT, 10_001);
        _expectRedeemRevert(coupon, abi.encodePacked(MarketplaceErrors.InvalidCoupon.selector));
    }

    function test_revokeCoupon() public {
        Coupon memory coupon = _coupon(seller, listingId, address(usdc), PERCENT, 100);
        bytes32 hash = market.couponHash(coupon);
        bytes memory signature = _sign(coupon, sellerKey);
        vm.expectRevert(
            abi.encodeWithSelector(MarketplaceErrors.NotCouponSeller.selector, stranger)
        );
        vm.prank(stranger);
        market.revokeCoupon(coupon);

        vm.expectEmit(address(market));
        emit CouponRevoked(hash, seller);
        vm.prank(seller);
        market.revokeCoupon(coupon);
        assertEq(market.couponRedemptions(hash), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(MarketplaceErrors.CouponIsRevoked.selector, hash));
        _redeem(coupon, signature, 1);
    }

    function test_coupon_smartContractSeller() public {
        ERC1271Seller wallet = new ERC1271Seller(seller2);
        vm.prank(address(wallet));
        uint256 walletListing =
            market.createListing(address(usdc), 10e6, 5, arbiter, SHIP_WINDOW, CID);
        Coupon memory coupon = _coupon(address(wallet), walletListing, address(usdc), FIXED, 4e6);
        bytes memory signature = _sign(coupon, seller2Key);
        vm.prank(buyer);
        market.checkout(_items1(_itemWithCoupon(walletListing, 1, coupon, signature)), 6e6);
        assertEq(usdc.balanceOf(address(market)), 6e6);

        bytes memory wrong = _sign(coupon, sellerKey);
        vm.expectRevert(MarketplaceErrors.InvalidCouponSignature.selector);
        vm.prank(buyer);
        market.checkout(_items1(_itemWithCoupon(walletListing, 1, coupon, wrong)), 6e6);
    }

    function test_coupon_perLineInMixedCart() public {
        uint256 other = _list(seller2, address(usdc), 10e6, 5);
        Coupon memory coupon = _coupon(seller2, other, address(usdc), PERCENT, 5000);
        CartItem[] memory items = _items2(
            _item(listingId, 1), _itemWithCoupon(other, 1, coupon, _sign(coupon, seller2Key))
        );
        vm.prank(buyer);
        market.checkout(items, USDC_PRICE + 5e6);
        assertEq(usdc.balanceOf(address(market)), USDC_PRICE + 5e6);
    }
}
