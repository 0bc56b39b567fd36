// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title MarketplaceTypes
 * @notice The structs and enums shared by Agora's marketplace contracts and their clients.
 * @dev Identifiers are packed integers (see {Ids}): a listing id carries its seller and an order id
 *      carries its listing, so the hot paths never read a second storage slot to learn either.
 */

/// @notice Lifecycle of a listing.
enum ListingStatus {
    /// @dev No listing under this id.
    None,
    /// @dev Open for purchases (while stock lasts and the marketplace is not paused).
    Active,
    /// @dev Closed for good by its seller; open orders are unaffected.
    Closed
}

/**
 * @notice Lifecycle of an order. `Paid`, `Shipped` and `Disputed` are open (funds in escrow);
 *         the others are final (the escrow has been paid out exactly once).
 */
enum OrderStatus {
    /// @dev No order under this id.
    None,
    /// @dev Paid into escrow, waiting for the seller to ship.
    Paid,
    /// @dev Shipped; the confirmation window runs from the shipping time.
    Shipped,
    /// @dev Disputed by the buyer; the ruling window runs from the dispute time.
    Disputed,
    /// @dev Paid out to the seller (confirmed, released or ruled); the buyer may review it.
    Completed,
    /// @dev Completed and reviewed by the buyer; the seller may reply.
    Reviewed,
    /// @dev Reviewed, and the seller has replied.
    Replied,
    /// @dev Refunded in full to the buyer (seller refund, cancellation or expired dispute).
    Refunded
}

/**
 * @notice Storage form of a listing: exactly one slot (248 bits).
 * @dev The seller is not stored: it is the top 160 bits of the listing id. Metadata lives in
 *      events only.
 */
struct Listing {
    /// @dev Unit price in the payment token's base units (wei for native ETH).
    uint96 price;
    /// @dev Units left for sale.
    uint32 stock;
    /// @dev Orders placed so far: the last order number issued under this listing.
    uint48 orderCount;
    /// @dev Payment token id (0 = native ETH; see {MarketplaceConfig-tokenId}).
    uint16 tokenId;
    /// @dev Arbiter id (see {MarketplaceConfig-arbiterId}).
    uint16 arbiterId;
    /// @dev Seconds the seller has to ship after a purchase.
    uint32 shippingWindow;
    /// @dev Lifecycle state.
    ListingStatus status;
}

/**
 * @notice Read-only view of a listing with every id resolved to an address.
 */
struct ListingInfo {
    address seller;
    address token;
    address arbiter;
    uint256 price;
    uint256 stock;
    uint256 orderCount;
    uint256 shippingWindow;
    ListingStatus status;
}

/**
 * @notice The immutable terms of an order, fixed at purchase. Only a commitment to them is stored
 *         (see {OrderCommitments}); every later call on the order passes them back as calldata, and
 *         they are all emitted in {IMarketplaceEvents-OrderPlaced}. The seller and the listing are
 *         encoded in the order id. They never change: partial refunds lower the escrow left
 *         (`remainingEscrow`), not `amount`.
 */
struct Order {
    /// @dev The buyer, who receives refunds.
    address buyer;
    /// @dev Payment token (address(0) = native ETH).
    address token;
    /// @dev Amount paid into escrow for this order at purchase.
    uint256 amount;
    /// @dev Platform fee rate in basis points, snapshotted at purchase.
    uint16 feeBps;
    /// @dev The arbiter that hears disputes, snapshotted at purchase.
    address arbiter;
    /// @dev The arbiter's fee rate in basis points, snapshotted at purchase.
    uint16 arbiterFeeBps;
    /// @dev The buyer may cancel once `block.timestamp > shipDeadline` if the order is unshipped.
    uint40 shipDeadline;
}

/**
 * @notice A seller-signed EIP-712 discount coupon.
 * @dev `chainId` and `marketplace` repeat the EIP-712 domain so that a coupon meant for another
 *      chain or contract fails with a precise error instead of an opaque signature mismatch.
 */
struct Coupon {
    /// @dev The signer; the coupon only applies to this seller's listings.
    address seller;
    /// @dev One listing, or 0 for every listing of the seller priced in `token`.
    uint256 listingId;
    /// @dev Payment token the coupon is valid in, and the unit of a fixed discount.
    address token;
    /// @dev 0 = percentage (`value` in basis points, at most 10,000), 1 = fixed amount.
    uint8 kind;
    /// @dev Basis points off the line total, or base units of `token` off the line total.
    uint256 value;
    /// @dev Only this buyer may redeem it, or anyone if address(0).
    address buyer;
    /// @dev Last valid timestamp (inclusive), or 0 for no expiry.
    uint64 expiry;
    /// @dev Maximum number of redemptions, or 0 for unlimited.
    uint32 maxRedemptions;
    /// @dev Free value making otherwise identical coupons distinct.
    uint256 salt;
    /// @dev Chain the coupon is valid on.
    uint256 chainId;
    /// @dev Marketplace contract the coupon is valid in.
    address marketplace;
}

/**
 * @notice One line of a cart checkout.
 * @dev When `couponSignature` is empty the line has no coupon and `coupon` is ignored.
 */
struct CartItem {
    uint256 listingId;
    uint32 quantity;
    /// @dev CID of the shipping details, encrypted to this line's seller.
    bytes shippingCid;
    Coupon coupon;
    bytes couponSignature;
}

/**
 * @notice An EIP-2612 permit signed by the buyer for the marketplace, executed before payment.
 */
struct Permit {
    uint256 value;
    uint256 deadline;
    uint8 v;
    bytes32 r;
    bytes32 s;
}
