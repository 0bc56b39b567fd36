// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title IMarketplaceEvents
 * @notice Every event the marketplace emits. They carry every field an indexer needs, so a
 *         subgraph can follow the marketplace without a single eth_call.
 * @dev An event has at most three indexed parameters. Listing events index the listing id and the
 *      seller; order events index the order id, the seller and the buyer (the listing id is also
 *      given in {OrderPlaced} and is the order id with its low 48 bits cleared, see {Ids}).
 *      IPFS CIDs are raw CID bytes (binary CIDv0/CIDv1), never strings.
 */
interface IMarketplaceEvents {
    // ------------------------------------------------------------------ admin

    /// @notice The confirmation and ruling windows (seconds), fixed at deployment.
    event WindowsSet(uint32 confirmationWindow, uint32 rulingWindow);
    /// @notice The platform fee rate (basis points) applied to new orders changed.
    event PlatformFeeUpdated(uint16 feeBps);
    /// @notice Platform fees are now swept to `treasury`.
    event TreasuryUpdated(address indexed treasury);
    /// @notice `token` may be used by new listings and purchases under `tokenId`.
    event TokenAllowed(address indexed token, uint16 tokenId);
    /// @notice `token` may no longer be used by new listings and purchases; open orders are unaffected.
    event TokenRemoved(address indexed token, uint16 tokenId);
    /// @notice `arbiter` may be chosen by new listings, and charges `feeBps` on rulings of orders
    ///         placed from now on.
    event ArbiterApproved(address indexed arbiter, uint16 arbiterId, uint16 feeBps);
    /// @notice `arbiter` may no longer be chosen by new listings or purchases; it still rules the
    ///         orders it already holds.
    event ArbiterRemoved(address indexed arbiter, uint16 arbiterId);
    /// @notice New listings and purchases were paused by `account`.
    event Paused(address account);
    /// @notice New listings and purchases were resumed by `account`.
    event Unpaused(address account);

    // --------------------------------------------------------------- listings

    /// @notice A listing was created. `token` is address(0) for native ETH.
    event ListingCreated(
        uint256 indexed listingId,
        address indexed seller,
        address token,
        uint96 price,
        uint32 stock,
        address arbiter,
        uint32 shippingWindow,
        bytes metadataCid
    );
    /// @notice The seller set a new unit price and stock.
    event ListingUpdated(
        uint256 indexed listingId, address indexed seller, uint96 price, uint32 stock
    );
    /// @notice The seller published new listing metadata (text, photos).
    event ListingMetadataUpdated(
        uint256 indexed listingId, address indexed seller, bytes metadataCid
    );
    /// @notice The seller closed the listing for good.
    event ListingClosed(uint256 indexed listingId, address indexed seller);

    // ----------------------------------------------------------------- orders

    /// @notice An order was paid into escrow; the listing's stock fell by `quantity`.
    /// @dev (buyer, token, amount, feeBps, arbiter, arbiterFeeBps, shipDeadline) is the {Order}
    ///      every later call on this order takes.
    event OrderPlaced(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        uint256 listingId,
        address token,
        uint32 quantity,
        uint256 amount,
        uint16 feeBps,
        address arbiter,
        uint16 arbiterFeeBps,
        uint40 shipDeadline,
        bytes shippingCid
    );
    /// @notice A coupon took `discount` off an order; it has now been redeemed `redemptions` times
    ///         (counted only when the coupon has a maximum).
    event CouponRedeemed(
        bytes32 indexed couponHash,
        uint256 indexed orderId,
        address indexed seller,
        uint256 discount,
        uint32 redemptions
    );
    /// @notice The seller revoked a coupon.
    event CouponRevoked(bytes32 indexed couponHash, address indexed seller);
    /// @notice The seller shipped (or, for a digital good, delivered) the order. Unless disputed, it
    ///         can be released by anyone once `block.timestamp > confirmDeadline`.
    event OrderShipped(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        uint40 confirmDeadline,
        bytes trackingCid
    );
    /// @notice The buyer confirmed receipt and the escrow was paid out to the seller:
    ///         `sellerAmount + platformFee` was escrowed.
    event OrderConfirmed(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        uint256 sellerAmount,
        uint256 platformFee
    );
    /// @notice `caller` released the escrow to the seller after the confirmation window, the buyer
    ///         having neither confirmed nor disputed: `sellerAmount + platformFee` was escrowed.
    event OrderReleased(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        address caller,
        uint256 sellerAmount,
        uint256 platformFee
    );
    /// @notice The seller refunded `refund` to the buyer; `remaining` stays in escrow (0 ends the
    ///         order as `Refunded`).
    event OrderRefunded(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        uint256 refund,
        uint256 remaining
    );
    /// @notice The buyer cancelled an order not shipped by its deadline and got `refund` back.
    event OrderCancelled(
        uint256 indexed orderId, address indexed seller, address indexed buyer, uint256 refund
    );
    /// @notice `sender` (buyer or seller) attached an encrypted message to the order.
    event MessagePosted(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        address sender,
        bytes messageCid
    );
    /// @notice The buyer disputed the order; the arbiter may rule until `rulingDeadline`.
    event DisputeOpened(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        uint40 rulingDeadline,
        bytes reasonCid
    );
    /// @notice `submitter` (buyer or seller) added evidence to the dispute.
    event EvidenceSubmitted(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        address submitter,
        bytes evidenceCid
    );
    /// @notice The arbiter ruled: `arbiterFee` to the arbiter, then `buyerShareBps` of the rest to
    ///         the buyer (`buyerAmount`) and the remainder to the seller (`sellerAmount` after
    ///         `platformFee`).
    event DisputeRuled(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        address arbiter,
        uint16 buyerShareBps,
        uint256 buyerAmount,
        uint256 sellerAmount,
        uint256 platformFee,
        uint256 arbiterFee,
        bytes rulingCid
    );
    /// @notice The arbiter did not rule in time and the buyer reclaimed `refund`.
    event DisputeExpired(
        uint256 indexed orderId, address indexed seller, address indexed buyer, uint256 refund
    );

    // --------------------------------------------------------------- reviews

    /// @notice The buyer rated a completed order (1..5).
    event ReviewSubmitted(
        uint256 indexed orderId,
        address indexed seller,
        address indexed buyer,
        uint8 rating,
        bytes reviewCid
    );
    /// @notice The seller replied to the review of the order.
    event ReviewReplied(
        uint256 indexed orderId, address indexed seller, address indexed buyer, bytes replyCid
    );
    /// @notice `account` published a new profile (name, avatar, public encryption key).
    event ProfileUpdated(address indexed account, bytes profileCid);

    // --------------------------------------------------------------- balances

    /// @notice A payout to `account` failed and was credited to its withdrawable balance instead.
    event PaymentCredited(address indexed token, address indexed account, uint256 amount);
    /// @notice `account` withdrew its balance to `to`.
    event CreditWithdrawn(
        address indexed token, address indexed account, address indexed to, uint256 amount
    );
    /// @notice Accrued platform fees were sent to the treasury.
    event FeesSwept(address indexed token, address indexed treasury, uint256 amount);
}
