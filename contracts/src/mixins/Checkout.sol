// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {OrderBook} from "./OrderBook.sol";
import {CouponHashing} from "../lib/CouponHashing.sol";
import {Ids} from "../lib/Ids.sol";
import {CartItem, Coupon, Listing, Order, Permit} from "../lib/MarketplaceTypes.sol";

/**
 * @title Checkout
 * @notice Purchases into escrow: a single listing (the cheap path), or a cart of several
 *         listings from several sellers, all or nothing, in one payment token, each line with an
 *         optional seller-signed EIP-712 coupon. Both have an EIP-2612 permit variant so that a
 *         stablecoin checkout is one transaction.
 * @dev Every purchase snapshots the platform fee, the arbiter and its fee and the shipping
 *      deadline into the order's terms, stores a one-word commitment to them and emits them in
 *      {OrderPlaced}. Payment is taken last, once for the whole checkout.
 */
abstract contract Checkout is OrderBook, EIP712 {
    /// @dev Coupon kind: `value` is basis points of the line total.
    uint8 internal constant COUPON_PERCENT = 0;
    /// @dev Coupon kind: `value` is an amount of the coupon's token.
    uint8 internal constant COUPON_FIXED = 1;
    /// @dev Redemption count marking a revoked coupon.
    uint256 internal constant COUPON_REVOKED = type(uint256).max;

    mapping(bytes32 couponHash => uint256) private _couponRedemptions;

    constructor() EIP712("Agora Marketplace", "1") {}

    /**
     * @notice Buys `quantity` units of a listing into escrow. Native ETH listings need msg.value
     *         equal to the total; ERC-20 listings need an allowance and msg.value 0.
     * @param listingId The listing.
     * @param quantity Units to buy (1..stock).
     * @param maxTotal The most the buyer accepts to pay (guards against a price change in flight).
     * @param shippingCid Raw CID bytes of the shipping details, encrypted to the seller.
     * @return orderId The new order's id (see {Ids}).
     */
    function purchase(
        uint256 listingId,
        uint32 quantity,
        uint256 maxTotal,
        bytes calldata shippingCid
    ) external payable nonReentrant returns (uint256 orderId) {
        address token;
        uint256 total;
        (orderId, token, total) = _purchase(listingId, quantity, maxTotal, shippingCid);
        _collect(token, total);
    }

    /**
     * @notice {purchase} of an ERC-20 listing, executing the buyer's EIP-2612 permit first.
     * @dev A permit that fails (e.g. front-run and already used) is ignored; the payment then
     *      relies on the existing allowance. Reverts with `PermitNotSupported` for an ETH listing.
     * @param listingId The listing (priced in an EIP-2612 token).
     * @param quantity Units to buy (1..stock).
     * @param maxTotal The most the buyer accepts to pay.
     * @param shippingCid Raw CID bytes of the shipping details, encrypted to the seller.
     * @param permit The buyer's permit for this contract (value >= the total).
     * @return orderId The new order's id.
     */
    function purchaseWithPermit(
        uint256 listingId,
        uint32 quantity,
        uint256 maxTotal,
        bytes calldata shippingCid,
        Permit calldata permit
    ) external nonReentrant returns (uint256 orderId) {
        address token;
        uint256 total;
        (orderId, token, total) = _purchase(listingId, quantity, maxTotal, shippingCid);
        _permit(token, permit);
        _collect(token, total);
    }

    /**
     * @notice Buys several listings, possibly from several sellers, in one payment token: one
     *         order per line, all or nothing.
     * @param items The lines; each has its own shipping CID and optional coupon.
     * @param maxTotal The most the buyer accepts to pay for the whole cart.
     * @return orderIds One order id per line, in order.
     */
    function checkout(CartItem[] calldata items, uint256 maxTotal)
        external
        payable
        nonReentrant
        returns (uint256[] memory orderIds)
    {
        address token;
        uint256 total;
        (orderIds, token, total) = _checkout(items, maxTotal);
        _collect(token, total);
    }

    /**
     * @notice {checkout} in an ERC-20, executing the buyer's EIP-2612 permit first (a failed
     *         permit is ignored, as in {purchaseWithPermit}).
     * @param items The lines, all priced in the same EIP-2612 token.
     * @param maxTotal The most the buyer accepts to pay for the whole cart.
     * @param permit The buyer's permit for this contract (value >= the total).
     * @return orderIds One order id per line, in order.
     */
    function checkoutWithPermit(CartItem[] calldata items, uint256 maxTotal, Permit calldata permit)
        external
        nonReentrant
        returns (uint256[] memory orderIds)
    {
        address token;
        uint256 total;
        (orderIds, token, total) = _checkout(items, maxTotal);
        _permit(token, permit);
        _collect(token, total);
    }

    /**
     * @notice Revokes a coupon the caller signed: it can no longer be redeemed.
     * @param coupon The coupon.
     */
    function revokeCoupon(Coupon calldata coupon) external {
        if (msg.sender != coupon.seller) revert NotCouponSeller(msg.sender);
        bytes32 hash = _hashTypedDataV4(CouponHashing.structHash(coupon));
        _couponRedemptions[hash] = COUPON_REVOKED;
        emit CouponRevoked(hash, msg.sender);
    }

    /// @notice The EIP-712 digest of a coupon: what its seller signs, and its id in events.
    function couponHash(Coupon calldata coupon) external view returns (bytes32) {
        return _hashTypedDataV4(CouponHashing.structHash(coupon));
    }

    /// @notice How often a coupon with a maximum was redeemed (type(uint256).max once revoked).
    function couponRedemptions(bytes32 couponHash_) external view returns (uint256) {
        return _couponRedemptions[couponHash_];
    }

    // ============================================================= internal

    function _purchase(
        uint256 listingId,
        uint32 quantity,
        uint256 maxTotal,
        bytes calldata shippingCid
    ) private returns (uint256 orderId, address token, uint256 total) {
        Order memory order;
        (orderId, order) = _newOrder(listingId, quantity, _feeBpsUnlessPaused());
        total = order.amount;
        if (total > maxTotal) revert PriceExceedsMax(total, maxTotal);
        _placeOrder(orderId, quantity, order, shippingCid);
        token = order.token;
    }

    function _checkout(CartItem[] calldata items, uint256 maxTotal)
        private
        returns (uint256[] memory orderIds, address token, uint256 total)
    {
        uint256 count = items.length;
        if (count == 0) revert EmptyCart();
        uint16 feeBps = _feeBpsUnlessPaused();
        orderIds = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            CartItem calldata item = items[i];
            (uint256 orderId, Order memory order) = _newOrder(item.listingId, item.quantity, feeBps);
            if (i == 0) token = order.token;
            else if (order.token != token) revert MixedPaymentTokens(token, order.token);
            if (item.couponSignature.length == 0) {
                _placeOrder(orderId, item.quantity, order, item.shippingCid);
            } else {
                (bytes32 hash, uint256 discount, uint32 redemptions) =
                    _redeemCoupon(item.listingId, order, item.coupon, item.couponSignature);
                _placeOrder(orderId, item.quantity, order, item.shippingCid);
                emit CouponRedeemed(hash, orderId, item.coupon.seller, discount, redemptions);
            }
            orderIds[i] = orderId;
            // Cannot overflow: each amount < 2^128 and a cart cannot hold 2^128 lines.
            unchecked {
                total += order.amount;
            }
        }
        if (total > maxTotal) revert PriceExceedsMax(total, maxTotal);
    }

    /// @dev Takes the stock and builds the terms of a new order (not stored yet).
    function _newOrder(uint256 listingId, uint32 quantity, uint16 feeBps)
        private
        returns (uint256 orderId, Order memory order)
    {
        if (msg.sender == Ids.sellerOf(listingId)) revert SelfPurchase(listingId);
        Listing memory listing = _takeStock(listingId, quantity);
        orderId = Ids.orderId(listingId, listing.orderCount);
        order.buyer = msg.sender;
        order.token = _tokenForPurchase(listing.tokenId);
        unchecked {
            // Cannot overflow: uint96 price x uint32 quantity < 2^128, and a uint40 deadline is
            // reached in the year 36,812.
            order.amount = uint256(listing.price) * quantity;
            order.shipDeadline = uint40(block.timestamp + listing.shippingWindow);
        }
        order.feeBps = feeBps;
        (order.arbiter, order.arbiterFeeBps) = _arbiterForPurchase(listing.arbiterId);
        if (order.arbiter == msg.sender) revert ArbiterConflict(msg.sender);
    }

    /// @dev Stores the order and emits {OrderPlaced}.
    function _placeOrder(
        uint256 orderId,
        uint32 quantity,
        Order memory order,
        bytes calldata shippingCid
    ) private {
        _storeNewOrder(orderId, order);
        emit OrderPlaced(
            orderId,
            Ids.sellerOf(orderId),
            order.buyer,
            Ids.listingOf(orderId),
            order.token,
            quantity,
            order.amount,
            order.feeBps,
            order.arbiter,
            order.arbiterFeeBps,
            order.shipDeadline,
            shippingCid
        );
    }

    /**
     * @dev Checks a coupon against the line, counts its redemption and takes its discount off
     *      `order.amount`. Each misuse has its own error.
     */
    function _redeemCoupon(
        uint256 listingId,
        Order memory order,
        Coupon calldata coupon,
        bytes calldata signature
    ) private returns (bytes32 hash, uint256 discount, uint32 redemptions) {
        _checkCouponScope(listingId, order, coupon);
        hash = _hashTypedDataV4(CouponHashing.structHash(coupon));
        if (!SignatureChecker.isValidSignatureNowCalldata(coupon.seller, hash, signature)) {
            revert InvalidCouponSignature();
        }
        uint256 used = _couponRedemptions[hash];
        if (used == COUPON_REVOKED) revert CouponIsRevoked(hash);
        if (coupon.maxRedemptions != 0) {
            if (used >= coupon.maxRedemptions) revert CouponExhausted(hash, coupon.maxRedemptions);
            // Cannot overflow: used < maxRedemptions <= type(uint32).max.
            unchecked {
                // forge-lint: disable-next-line(unsafe-typecast)
                redemptions = uint32(used + 1);
            }
            _couponRedemptions[hash] = redemptions;
        }
        uint256 amount = order.amount;
        if (coupon.kind == COUPON_PERCENT) {
            if (coupon.value > BPS) revert InvalidCoupon();
            // Cannot overflow: amount < 2^128 and value <= 10,000. Rounds the discount down.
            unchecked {
                discount = amount * coupon.value / BPS;
            }
        } else if (coupon.kind == COUPON_FIXED) {
            discount = coupon.value < amount ? coupon.value : amount;
        } else {
            revert InvalidCoupon();
        }
        unchecked {
            // Cannot underflow: discount <= amount in both branches.
            order.amount = amount - discount;
        }
    }

    /// @dev The checks of a coupon that need no signature, in a fixed order.
    function _checkCouponScope(uint256 listingId, Order memory order, Coupon calldata coupon)
        private
        view
    {
        if (coupon.chainId != block.chainid) {
            revert CouponWrongChain(coupon.chainId, block.chainid);
        }
        if (coupon.marketplace != address(this)) revert CouponWrongMarketplace(coupon.marketplace);
        address seller = Ids.sellerOf(listingId);
        if (coupon.seller != seller) revert CouponSellerMismatch(coupon.seller, seller);
        if (coupon.listingId != 0 && coupon.listingId != listingId) {
            revert CouponListingMismatch(coupon.listingId, listingId);
        }
        if (coupon.token != order.token) revert CouponTokenMismatch(coupon.token, order.token);
        if (coupon.buyer != address(0) && coupon.buyer != msg.sender) {
            revert CouponBuyerMismatch(coupon.buyer, msg.sender);
        }
        if (coupon.expiry != 0 && block.timestamp > coupon.expiry) {
            revert CouponExpired(coupon.expiry);
        }
    }

    /// @dev Executes an EIP-2612 permit for the caller, ignoring failure (see {purchaseWithPermit}).
    function _permit(address token, Permit calldata permit) private {
        if (token == address(0)) revert PermitNotSupported();
        try IERC20Permit(token)
            .permit(
                msg.sender,
                address(this),
                permit.value,
                permit.deadline,
                permit.v,
                permit.r,
                permit.s
            ) {}
            catch {}
    }
}
