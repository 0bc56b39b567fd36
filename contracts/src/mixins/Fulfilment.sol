// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Checkout} from "./Checkout.sol";
import {Order, OrderStatus} from "../lib/MarketplaceTypes.sol";
import {OrderCommitments} from "../lib/OrderCommitments.sol";

/**
 * @title Fulfilment
 * @notice The life of an undisputed order: the seller ships (or delivers a digital good), the
 *         buyer confirms receipt, or anyone releases the payment once the confirmation window has
 *         passed; the buyer cancels an order not shipped by its deadline; the seller refunds in
 *         full or in part at any time before release; both sides exchange encrypted messages.
 * @dev Every function takes the order's terms exactly as emitted in {OrderPlaced} and checks them
 *      against the stored commitment. A partial refund never changes them (the escrow left is
 *      recorded beside them), so a seller cannot invalidate a buyer's pending call by refunding.
 *
 *      Windows (all boundaries inclusive for the party whose window it is):
 *      - cancel:  `block.timestamp > shipDeadline` while `Paid`;
 *      - dispute: `block.timestamp <= shippedAt + confirmationWindow` while `Shipped`;
 *      - release: `block.timestamp > shippedAt + confirmationWindow` while `Shipped`.
 *      A seller may still ship after the deadline as long as the buyer has not cancelled.
 */
abstract contract Fulfilment is Checkout {
    using OrderCommitments for uint256;

    /**
     * @notice Marks an order shipped (or a digital good delivered). Starts the confirmation window.
     * @param orderId The order (caller must be its seller).
     * @param order The order's terms.
     * @param trackingCid Raw CID bytes of the tracking details, or of the delivery encrypted to the
     *        buyer for a digital good.
     */
    function shipOrder(uint256 orderId, Order calldata order, bytes calldata trackingCid) external {
        address seller = _requireSeller(orderId);
        uint256 word = _loadOpen(orderId, order, PAID);
        _setOpenStatus(orderId, word, block.timestamp, OrderStatus.Shipped);
        emit OrderShipped(
            orderId,
            seller,
            order.buyer,
            _deadline(block.timestamp, _CONFIRMATION_WINDOW),
            trackingCid
        );
    }

    /**
     * @notice The buyer confirms receipt: the seller is paid, minus the platform fee.
     * @dev Allowed before shipping too (e.g. an item handed over in person).
     * @param orderId The order (caller must be its buyer).
     * @param order The order's terms.
     */
    function confirmReceipt(uint256 orderId, Order calldata order) external nonReentrant {
        _requireBuyer(orderId, order.buyer);
        uint256 word = _loadOpen(orderId, order, PAID | SHIPPED);
        _release(orderId, order, _escrow(orderId, order, word), true);
    }

    /**
     * @notice Pays the seller of a shipped order whose buyer neither confirmed nor disputed within
     *         the confirmation window. Callable by anyone.
     * @param orderId The order.
     * @param order The order's terms.
     */
    function releasePayment(uint256 orderId, Order calldata order) external nonReentrant {
        uint256 word = _loadOpen(orderId, order, SHIPPED);
        uint256 endsAt = _deadline(word.timestampOf(), _CONFIRMATION_WINDOW);
        if (block.timestamp <= endsAt) revert ConfirmationWindowOpen(orderId, endsAt);
        _release(orderId, order, _escrow(orderId, order, word), false);
    }

    /**
     * @notice The buyer cancels an order the seller did not ship by its deadline, for a full refund.
     * @param orderId The order (caller must be its buyer).
     * @param order The order's terms.
     */
    function cancelOrder(uint256 orderId, Order calldata order) external nonReentrant {
        _requireBuyer(orderId, order.buyer);
        uint256 escrow = _escrow(orderId, order, _loadOpen(orderId, order, PAID));
        if (block.timestamp <= order.shipDeadline) {
            revert ShippingDeadlineNotPassed(orderId, order.shipDeadline);
        }
        _storeFinal(orderId, order.buyer, OrderStatus.Refunded);
        emit OrderCancelled(orderId, _sellerOf(orderId), order.buyer, escrow);
        _pay(order.token, order.buyer, escrow);
    }

    /**
     * @notice The seller refunds `amount` of an open order's escrow to the buyer (no fee on
     *         refunds). A refund of the whole escrow ends the order; a partial one leaves it in its
     *         status with less in escrow ({remainingEscrow}) and its terms unchanged, so every call the
     *         buyer has already signed still goes through.
     * @param orderId The order (caller must be its seller).
     * @param order The order's terms.
     * @param amount The refund, 1..the escrow left.
     */
    function refundOrder(uint256 orderId, Order calldata order, uint256 amount)
        external
        nonReentrant
    {
        address seller = _requireSeller(orderId);
        uint256 escrow = _escrow(orderId, order, _loadOpen(orderId, order, OPEN));
        if (amount == 0 || amount > escrow) revert InvalidRefundAmount(amount, escrow);
        uint256 remaining;
        unchecked {
            // Cannot underflow: amount <= escrow <= order.amount was checked just above.
            remaining = escrow - amount;
        }
        if (remaining == 0) {
            _storeFinal(orderId, order.buyer, OrderStatus.Refunded);
        } else {
            _storePartialRefund(orderId, order.amount - remaining);
        }
        emit OrderRefunded(orderId, seller, order.buyer, amount, remaining);
        _pay(order.token, order.buyer, amount);
    }

    /**
     * @notice Attaches an encrypted message to an open order (event only).
     * @param orderId The order (caller must be its buyer or seller).
     * @param order The order's terms.
     * @param messageCid Raw CID bytes of the message envelope, encrypted to the other party.
     */
    function postMessage(uint256 orderId, Order calldata order, bytes calldata messageCid)
        external
    {
        address seller = _requireParticipant(orderId, order.buyer);
        _loadOpen(orderId, order, OPEN);
        emit MessagePosted(orderId, seller, order.buyer, msg.sender, messageCid);
    }

    // ============================================================= internal

    /// @dev Completes an order in the seller's favour: fee accrued, seller paid from `escrow`.
    ///      `confirmed` when the buyer confirmed receipt, else released after the window.
    function _release(uint256 orderId, Order calldata order, uint256 escrow, bool confirmed)
        private
    {
        _storeCompleted(orderId, order.buyer, escrow);
        (uint256 sellerAmount, uint256 fee) = _splitFee(escrow, order.feeBps);
        _accrueFee(order.token, fee);
        address seller = _sellerOf(orderId);
        if (confirmed) {
            emit OrderConfirmed(orderId, seller, order.buyer, sellerAmount, fee);
        } else {
            emit OrderReleased(orderId, seller, order.buyer, msg.sender, sellerAmount, fee);
        }
        _pay(order.token, seller, sellerAmount);
    }
}
