// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {OrderStatus} from "../lib/MarketplaceTypes.sol";

/**
 * @title MarketplaceErrors
 * @notice Every custom error the marketplace reverts with, named after the failing condition.
 */
interface MarketplaceErrors {
    // ------------------------------------------------------------------ admin

    /// @dev An address parameter that must be set was address(0).
    error ZeroAddress();
    /// @dev The platform fee exceeds {MarketplaceConfig-MAX_PLATFORM_FEE_BPS}.
    error PlatformFeeTooHigh(uint256 feeBps, uint256 maxFeeBps);
    /// @dev The arbiter fee exceeds {MarketplaceConfig-MAX_ARBITER_FEE_BPS}.
    error ArbiterFeeTooHigh(uint256 feeBps, uint256 maxFeeBps);
    /// @dev A window given to the constructor is zero.
    error InvalidWindow();
    /// @dev The token is already on the allowlist.
    error TokenAlreadyAllowed(address token);
    /// @dev The token is not (or no longer) on the allowlist.
    error TokenNotAllowed(address token);
    /// @dev The arbiter is not (or no longer) approved.
    error ArbiterNotApproved(address arbiter);
    /// @dev The arbiter would hear a dispute it is a party to (as seller or buyer).
    error ArbiterConflict(address arbiter);
    /// @dev The id space of tokens or arbiters (65,535 entries) is exhausted.
    error RegistryFull();
    /// @dev New listings and purchases are paused.
    error MarketplacePaused();
    /// @dev pause() while paused or unpause() while not paused.
    error PauseStateUnchanged(bool paused);

    // --------------------------------------------------------------- listings

    /// @dev No listing exists under this id.
    error ListingNotFound(uint256 listingId);
    /// @dev The listing has been closed.
    error ListingIsClosed(uint256 listingId);
    /// @dev The caller is not the listing's seller.
    error NotListingSeller(uint256 listingId, address caller);
    /// @dev A listing price of zero.
    error InvalidPrice();
    /// @dev A shipping window of zero or above {MarketplaceConfig-MAX_SHIPPING_WINDOW}.
    error InvalidShippingWindow(uint256 shippingWindow);

    // -------------------------------------------------------------- purchases

    /// @dev A quantity of zero.
    error InvalidQuantity();
    /// @dev More units requested than the listing has in stock.
    error InsufficientStock(uint256 listingId, uint256 available, uint256 requested);
    /// @dev The seller tried to buy from their own listing.
    error SelfPurchase(uint256 listingId);
    /// @dev The total to pay exceeds the buyer's stated maximum (e.g. the price rose).
    error PriceExceedsMax(uint256 total, uint256 maxTotal);
    /// @dev msg.value differs from the amount due (ETH) or is non-zero (ERC-20).
    error IncorrectPayment(uint256 expected, uint256 received);
    /// @dev The lines of a cart are priced in different tokens.
    error MixedPaymentTokens(address expected, address found);
    /// @dev A checkout with no lines.
    error EmptyCart();
    /// @dev The marketplace received a different amount than was transferred (fee-on-transfer or
    ///      rebasing token).
    error TransferAmountMismatch(address token, uint256 expected, uint256 received);
    /// @dev A permit was given for a native ETH checkout.
    error PermitNotSupported();

    // ---------------------------------------------------------------- coupons

    /// @dev The coupon was signed for another chain.
    error CouponWrongChain(uint256 couponChainId, uint256 chainId);
    /// @dev The coupon was signed for another marketplace contract.
    error CouponWrongMarketplace(address couponMarketplace);
    /// @dev The coupon belongs to another seller than the listing's.
    error CouponSellerMismatch(address couponSeller, address listingSeller);
    /// @dev The coupon is scoped to another listing.
    error CouponListingMismatch(uint256 couponListingId, uint256 listingId);
    /// @dev The coupon is valid in another payment token than the listing's.
    error CouponTokenMismatch(address couponToken, address listingToken);
    /// @dev The coupon is reserved for another buyer.
    error CouponBuyerMismatch(address couponBuyer, address buyer);
    /// @dev The coupon expired.
    error CouponExpired(uint256 expiry);
    /// @dev The coupon's signature is not the seller's.
    error InvalidCouponSignature();
    /// @dev The coupon has been redeemed its maximum number of times.
    error CouponExhausted(bytes32 couponHash, uint256 maxRedemptions);
    /// @dev The seller revoked the coupon.
    error CouponIsRevoked(bytes32 couponHash);
    /// @dev Unknown coupon kind, or a percentage above 10,000 basis points.
    error InvalidCoupon();
    /// @dev Only the coupon's seller may revoke it.
    error NotCouponSeller(address caller);

    // ----------------------------------------------------------------- orders

    /// @dev No order exists under this id.
    error OrderNotFound(uint256 orderId);
    /// @dev The order terms passed do not match the stored commitment.
    error OrderMismatch(uint256 orderId);
    /// @dev The order is not in a state that allows this action.
    error InvalidOrderStatus(uint256 orderId, OrderStatus status);
    /// @dev The caller is not the order's buyer.
    error NotBuyer(uint256 orderId, address caller);
    /// @dev The caller is not the order's seller.
    error NotSeller(uint256 orderId, address caller);
    /// @dev The caller is neither the buyer nor the seller of the order.
    error NotParticipant(uint256 orderId, address caller);
    /// @dev The caller is not the order's arbiter.
    error NotArbiter(uint256 orderId, address caller);
    /// @dev The shipping deadline has not passed yet (cancellation).
    error ShippingDeadlineNotPassed(uint256 orderId, uint256 deadline);
    /// @dev The confirmation window is still running (release).
    error ConfirmationWindowOpen(uint256 orderId, uint256 endsAt);
    /// @dev The confirmation window has ended (dispute).
    error ConfirmationWindowClosed(uint256 orderId, uint256 endedAt);
    /// @dev The ruling window is still running (reclaim).
    error RulingWindowOpen(uint256 orderId, uint256 endsAt);
    /// @dev The ruling window has ended (ruling).
    error RulingWindowClosed(uint256 orderId, uint256 endedAt);
    /// @dev A refund of zero or above the escrowed amount.
    error InvalidRefundAmount(uint256 amount, uint256 escrowed);
    /// @dev A buyer share above 10,000 basis points.
    error InvalidSplit(uint256 buyerShareBps);

    // ---------------------------------------------------------------- reviews

    /// @dev A rating outside 1..5.
    error InvalidRating(uint256 rating);

    // ---------------------------------------------------------------- balances

    /// @dev The caller has no withdrawable balance in this token.
    error NothingToWithdraw(address token, address account);
    /// @dev An outgoing ETH transfer that must succeed (withdrawal, fee sweep) failed.
    error EthTransferFailed(address to, uint256 amount);
}
