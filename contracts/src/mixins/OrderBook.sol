// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Listings} from "./Listings.sol";
import {Ids} from "../lib/Ids.sol";
import {Order, OrderStatus} from "../lib/MarketplaceTypes.sol";
import {OrderCommitments} from "../lib/OrderCommitments.sol";

/**
 * @title OrderBook
 * @notice Storage of orders: one word per order (see {OrderCommitments}), and the shared checks
 *         every order action starts with.
 * @dev Each state change rewrites the order's single word, so an order can only leave the open
 *      states once, and only the transition that leaves them pays the escrow out: every order
 *      pays out exactly once.
 */
abstract contract OrderBook is Listings {
    using OrderCommitments for uint256;

    /// @dev Status bit of `Paid` (1) in an `allowed` mask: bit n stands for status n.
    uint256 internal constant PAID = 0x2;
    /// @dev Status bit of `Shipped` (2) in an `allowed` mask.
    uint256 internal constant SHIPPED = 0x4;
    /// @dev Status bit of `Disputed` (3) in an `allowed` mask.
    uint256 internal constant DISPUTED = 0x8;
    /// @dev Every open status.
    uint256 internal constant OPEN = PAID | SHIPPED | DISPUTED;

    mapping(uint256 orderId => uint256 word) private _orders;
    /// @dev Escrow refunded so far of a partly refunded order. Read only while the order's word
    ///      carries the PARTLY_REFUNDED mark, so it is left in place when the order closes.
    mapping(uint256 orderId => uint256 amount) private _refunded;

    /**
     * @notice The status of an order and, while it is `Shipped` or `Disputed`, the time it entered
     *         that status (0 otherwise).
     */
    function orderStatus(uint256 orderId)
        external
        view
        returns (OrderStatus status, uint256 since)
    {
        uint256 word = _orders[orderId];
        status = word.statusOf();
        if (status == OrderStatus.Shipped || status == OrderStatus.Disputed) {
            since = word.timestampOf();
        }
    }

    /**
     * @notice Whether `order` are the terms of the open order `orderId`: exactly as emitted in
     *         {OrderPlaced}. Refunds never change them.
     */
    function verifyOrder(uint256 orderId, Order calldata order) external view returns (bool) {
        uint256 word = _orders[orderId];
        return (OPEN >> uint256(word.statusOf())) & 1 == 1
            && word.commitsTo(OrderCommitments.hashCalldata(order));
    }

    /**
     * @notice What an open order still holds in escrow: its terms' `amount` minus the seller's
     *         partial refunds (0 once the order is no longer open).
     */
    function remainingEscrow(uint256 orderId, Order calldata order)
        external
        view
        returns (uint256)
    {
        uint256 word = _orders[orderId];
        if ((OPEN >> uint256(word.statusOf())) & 1 == 0) return 0;
        if (!word.commitsTo(OrderCommitments.hashCalldata(order))) revert OrderMismatch(orderId);
        return _escrow(orderId, order, word);
    }

    // ============================================================= internal

    /// @dev Stores a new order as `Paid`.
    function _storeNewOrder(uint256 orderId, Order memory order) internal {
        _orders[orderId] = OrderCommitments.packNew(OrderCommitments.hash(order));
    }

    /**
     * @dev Loads an open order whose status is in the `allowed` mask and checks `order` against
     *      its commitment; returns its word (status, timestamp, refund mark: see {OrderCommitments}).
     */
    function _loadOpen(uint256 orderId, Order calldata order, uint256 allowed)
        internal
        view
        returns (uint256 word)
    {
        word = _orders[orderId];
        OrderStatus status = word.statusOf();
        if ((allowed >> uint256(status)) & 1 == 0) {
            if (status == OrderStatus.None) revert OrderNotFound(orderId);
            revert InvalidOrderStatus(orderId, status);
        }
        if (!word.commitsTo(OrderCommitments.hashCalldata(order))) revert OrderMismatch(orderId);
    }

    /// @dev What a loaded open order holds in escrow: its amount minus the refunds recorded apart.
    function _escrow(uint256 orderId, Order calldata order, uint256 word)
        internal
        view
        returns (uint256 escrow)
    {
        escrow = order.amount;
        if (word.partlyRefunded()) escrow -= _refunded[orderId];
    }

    /// @dev Moves a loaded open order to `Shipped`/`Disputed` at `since`; terms and refunds kept.
    function _setOpenStatus(uint256 orderId, uint256 word, uint256 since, OrderStatus status)
        internal
    {
        _orders[orderId] = word.withStatus(since, status);
    }

    /// @dev Records a partial refund of a loaded open order: `refunded` in all so far.
    function _storePartialRefund(uint256 orderId, uint256 refunded) internal {
        _refunded[orderId] = refunded;
        _orders[orderId] |= OrderCommitments.PARTLY_REFUNDED;
    }

    /// @dev Finalises an order; only its buyer is kept (for the review).
    function _storeFinal(uint256 orderId, address buyer, OrderStatus status) internal {
        _orders[orderId] = OrderCommitments.packFinal(buyer, status);
    }

    /// @dev Completes an order; `settled` is what it held in escrow (its review counts if > 0).
    function _storeCompleted(uint256 orderId, address buyer, uint256 settled) internal {
        uint256 word = OrderCommitments.packFinal(buyer, OrderStatus.Completed);
        if (settled != 0) word |= OrderCommitments.PAID;
        _orders[orderId] = word;
    }

    /// @dev Loads a finalised order in status `expected`: its buyer, and whether it was paid.
    function _loadFinal(uint256 orderId, OrderStatus expected)
        internal
        view
        returns (address buyer, bool paid)
    {
        uint256 word = _orders[orderId];
        OrderStatus status = word.statusOf();
        if (status != expected) {
            if (status == OrderStatus.None) revert OrderNotFound(orderId);
            revert InvalidOrderStatus(orderId, status);
        }
        buyer = word.buyerOf();
        paid = word.paid();
    }

    /// @dev Reverts unless the caller is the order's buyer.
    function _requireBuyer(uint256 orderId, address buyer) internal view {
        if (msg.sender != buyer) revert NotBuyer(orderId, msg.sender);
    }

    /// @dev Reverts unless the caller is the order's seller; returns the seller.
    function _requireSeller(uint256 orderId) internal view returns (address seller) {
        seller = Ids.sellerOf(orderId);
        if (msg.sender != seller) revert NotSeller(orderId, msg.sender);
    }

    /// @dev Reverts unless the caller is the order's buyer or seller; returns the seller.
    function _requireParticipant(uint256 orderId, address buyer)
        internal
        view
        returns (address seller)
    {
        seller = Ids.sellerOf(orderId);
        if (msg.sender != buyer && msg.sender != seller) {
            revert NotParticipant(orderId, msg.sender);
        }
    }

    /// @dev The seller encoded in an order id.
    function _sellerOf(uint256 orderId) internal pure returns (address) {
        return Ids.sellerOf(orderId);
    }

    /// @dev End of a window of `window` seconds starting at `start` (a block timestamp).
    function _deadline(uint256 start, uint256 window) internal pure returns (uint40) {
        // Exact: `start` is a stored timestamp (checked below 2^39 when stored, see
        // OrderCommitments.withStatus) or the current block's, which a call reaches only after
        // that check; a uint32 window added to it stays below 2^40.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            return uint40(start + window);
        }
    }

    /// @dev Platform fee on `amount` at `feeBps`, and what remains for the seller.
    function _splitFee(uint256 amount, uint256 feeBps)
        internal
        pure
        returns (uint256 net, uint256 fee)
    {
        unchecked {
            // Cannot overflow: amount < 2^128 (uint96 price x uint32 quantity) and feeBps <= 10,000;
            // fee <= amount so the subtraction cannot underflow.
            fee = amount * feeBps / BPS;
            net = amount - fee;
        }
    }
}
