// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Ids
 * @notice Encoding of listing and order identifiers.
 * @dev
 *      listingId = seller << 96 | listingNumber << 48      (listingNumber >= 1, global sequence)
 *      orderId   = listingId | orderNumber                  (orderNumber >= 1, per listing)
 *
 *      Bits 96..255 hold the seller, bits 48..95 the listing number and bits 0..47 the order number
 *      (always 0 in a listing id). Putting the seller in the id keeps a listing in a single storage
 *      slot, and putting the listing in the order id means an order never needs its own counter.
 *      A value that does not follow this shape simply resolves to no listing / no order.
 */
library Ids {
    /// @dev Low 48 bits: the order number inside an order id.
    uint256 internal constant ORDER_NUMBER_MASK = (1 << 48) - 1;

    /// @notice The listing id for a seller's `listingNumber`.
    function listingId(address seller, uint256 listingNumber) internal pure returns (uint256) {
        return (uint256(uint160(seller)) << 96) | (listingNumber << 48);
    }

    /// @notice The order id of the `orderNumber`-th order of `listingId_`.
    function orderId(uint256 listingId_, uint256 orderNumber) internal pure returns (uint256) {
        return listingId_ | orderNumber;
    }

    /// @notice The seller encoded in a listing or order id.
    function sellerOf(uint256 id) internal pure returns (address) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return address(uint160(id >> 96)); // exact: id >> 96 has at most 160 bits
    }

    /// @notice The listing an order id belongs to.
    function listingOf(uint256 orderId_) internal pure returns (uint256) {
        return orderId_ & ~ORDER_NUMBER_MASK;
    }
}
