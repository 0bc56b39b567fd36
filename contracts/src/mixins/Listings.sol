// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Payments} from "./Payments.sol";
import {Ids} from "../lib/Ids.sol";
import {Listing, ListingInfo, ListingStatus} from "../lib/MarketplaceTypes.sol";

/**
 * @title Listings
 * @notice Sellers create, edit and close listings. A listing is one storage slot (price, stock,
 *         order counter, token id, arbiter id, shipping window, status); its seller is encoded in
 *         its id and its metadata CID lives only in events.
 */
abstract contract Listings is Payments {
    mapping(uint256 listingId => Listing) private _listings;

    /**
     * @notice Creates a listing owned by the caller. Reverts while the marketplace is paused.
     * @param token Payment token: address(0) for native ETH, else an allowed ERC-20.
     * @param price Unit price in the token's base units (non-zero).
     * @param stock Units for sale.
     * @param arbiter An approved arbiter who will hear this listing's disputes.
     * @param shippingWindow Seconds the seller has to ship after each purchase (1..MAX_SHIPPING_WINDOW).
     * @param metadataCid Raw bytes of the CID of the listing's metadata (title, text, photos).
     * @return listingId The new listing's id (see {Ids}).
     */
    function createListing(
        address token,
        uint96 price,
        uint32 stock,
        address arbiter,
        uint32 shippingWindow,
        bytes calldata metadataCid
    ) external returns (uint256 listingId) {
        if (price == 0) revert InvalidPrice();
        if (arbiter == msg.sender) revert ArbiterConflict(arbiter);
        if (shippingWindow == 0 || shippingWindow > MAX_SHIPPING_WINDOW) {
            revert InvalidShippingWindow(shippingWindow);
        }
        listingId = Ids.listingId(msg.sender, _nextListingNumber());
        _listings[listingId] = Listing({
            price: price,
            stock: stock,
            orderCount: 0,
            tokenId: _tokenIdForListing(token),
            arbiterId: _arbiterIdForListing(arbiter),
            shippingWindow: shippingWindow,
            status: ListingStatus.Active
        });
        emit ListingCreated(
            listingId, msg.sender, token, price, stock, arbiter, shippingWindow, metadataCid
        );
    }

    /**
     * @notice Sets a listing's unit price and stock. Open orders keep the terms they were paid at.
     * @dev `stock` replaces the current stock; purchases mined first still count against the old one.
     * @param listingId The caller's open listing.
     * @param price The new unit price (non-zero).
     * @param stock The new number of units for sale.
     */
    function updateListing(uint256 listingId, uint96 price, uint32 stock) external {
        if (price == 0) revert InvalidPrice();
        Listing storage listing = _ownedActiveListing(listingId);
        (listing.price, listing.stock) = (price, stock);
        emit ListingUpdated(listingId, msg.sender, price, stock);
    }

    /**
     * @notice Publishes new metadata (text, photos) for a listing.
     * @param listingId The caller's open listing.
     * @param metadataCid Raw bytes of the new metadata CID.
     */
    function updateListingMetadata(uint256 listingId, bytes calldata metadataCid) external {
        _ownedActiveListing(listingId);
        emit ListingMetadataUpdated(listingId, msg.sender, metadataCid);
    }

    /**
     * @notice Closes a listing for good. Open orders are unaffected.
     * @param listingId The caller's open listing.
     */
    function closeListing(uint256 listingId) external {
        Listing storage listing = _ownedActiveListing(listingId);
        (listing.status, listing.stock) = (ListingStatus.Closed, 0);
        emit ListingClosed(listingId, msg.sender);
    }

    /**
     * @notice A listing with its seller, token and arbiter resolved.
     * @dev An unknown id returns a zeroed struct with status `None`.
     */
    function getListing(uint256 listingId) external view returns (ListingInfo memory info) {
        Listing memory listing = _listings[listingId];
        if (listing.status == ListingStatus.None) return info;
        info = ListingInfo({
            seller: Ids.sellerOf(listingId),
            token: _tokenAddress(listing.tokenId),
            arbiter: _arbiterAddress(listing.arbiterId),
            price: listing.price,
            stock: listing.stock,
            orderCount: listing.orderCount,
            shippingWindow: listing.shippingWindow,
            status: listing.status
        });
    }

    // ============================================================= internal

    /**
     * @dev Takes `quantity` units of an active listing for a new order and returns the listing as
     *      it is after the purchase (`orderCount` is the new order's number).
     */
    function _takeStock(uint256 listingId, uint32 quantity)
        internal
        returns (Listing memory listing)
    {
        listing = _listings[listingId];
        _requireActive(listingId, listing.status);
        if (quantity == 0) revert InvalidQuantity();
        if (quantity > listing.stock) revert InsufficientStock(listingId, listing.stock, quantity);
        unchecked {
            // Cannot underflow: quantity <= stock was checked just above.
            listing.stock -= quantity;
        }
        // Checked: wrapping past 2^48 orders would reuse order ids.
        ++listing.orderCount;
        _listings[listingId] = listing;
    }

    function _ownedActiveListing(uint256 listingId) private view returns (Listing storage listing) {
        listing = _listings[listingId];
        _requireActive(listingId, listing.status);
        if (Ids.sellerOf(listingId) != msg.sender) revert NotListingSeller(listingId, msg.sender);
    }

    function _requireActive(uint256 listingId, ListingStatus status) private pure {
        if (status == ListingStatus.None) revert ListingNotFound(listingId);
        if (status == ListingStatus.Closed) revert ListingIsClosed(listingId);
    }
}
