// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fulfilment} from "./Fulfilment.sol";
import {Order, OrderStatus} from "../lib/MarketplaceTypes.sol";
import {OrderCommitments} from "../lib/OrderCommitments.sol";

/**
 * @title Disputes
 * @notice The buyer disputes a shipped order within the confirmation window; both sides submit
 *         evidence; the order's arbiter rules a split within the ruling window, taking its fee
 *         from the escrow; if it does not, the buyer reclaims the escrow in full.
 * @dev The arbiter and its fee rate are part of the order's terms (snapshotted at purchase), so
 *      re-pricing an arbiter never changes open orders; removing one stops its rulings at once, and
 *      its disputes end through the buyer's reclaim. The platform fee applies to the seller's
 *      share only.
 *
 *      Windows: rule while `block.timestamp <= disputedAt + rulingWindow`, reclaim after.
 */
abstract contract Disputes is Fulfilment {
    using OrderCommitments for uint256;

    /**
     * @notice The buyer disputes a shipped order, before the confirmation window ends.
     * @param orderId The order (caller must be its buyer).
     * @param order The order's terms.
     * @param reasonCid Raw CID bytes of the buyer's statement.
     */
    function openDispute(uint256 orderId, Order calldata order, bytes calldata reasonCid) external {
        _requireBuyer(orderId, order.buyer);
        uint256 word = _loadOpen(orderId, order, SHIPPED);
        uint256 endsAt = _deadline(word.timestampOf(), _CONFIRMATION_WINDOW);
        if (block.timestamp > endsAt) revert ConfirmationWindowClosed(orderId, endsAt);
        _setOpenStatus(orderId, word, block.timestamp, OrderStatus.Disputed);
        emit DisputeOpened(
            orderId,
            _sellerOf(orderId),
            order.buyer,
            _deadline(block.timestamp, _RULING_WINDOW),
            reasonCid
        );
    }

    /**
     * @notice Adds evidence to an open dispute.
     * @param orderId The order (caller must be its buyer or seller).
     * @param order The order's terms.
     * @param evidenceCid Raw CID bytes of the evidence.
     */
    function submitEvidence(uint256 orderId, Order calldata order, bytes calldata evidenceCid)
        external
    {
        address seller = _requireParticipant(orderId, order.buyer);
        _loadOpen(orderId, order, DISPUTED);
        emit EvidenceSubmitted(orderId, seller, order.buyer, msg.sender, evidenceCid);
    }

    /**
     * @notice The order's arbiter rules the dispute: its fee first, then `buyerShareBps` of the
     *         rest to the buyer and the remainder to the seller (minus the platform fee).
     * @param orderId The order (caller must be the arbiter in its terms).
     * @param order The order's terms.
     * @param buyerShareBps The buyer's share in basis points (0..10,000).
     * @param rulingCid Raw CID bytes of the reasoned ruling.
     */
    function resolveDispute(
        uint256 orderId,
        Order calldata order,
        uint16 buyerShareBps,
        bytes calldata rulingCid
    ) external nonReentrant {
        if (msg.sender != order.arbiter) {
            revert NotArbiter(orderId, msg.sender);
        }
        _requireApprovedArbiter(msg.sender);
        if (buyerShareBps > BPS) revert InvalidSplit(buyerShareBps);
        Ruling memory r =
            _split(_loadRulable(orderId, order), order.arbiterFeeBps, buyerShareBps, order.feeBps);
        _storeCompleted(orderId, order.buyer, r.escrow);
        _accrueFee(order.token, r.platformFee);
        address seller = _sellerOf(orderId);
        emit DisputeRuled(
            orderId,
            seller,
            order.buyer,
            msg.sender,
            buyerShareBps,
            r.buyerAmount,
            r.sellerAmount,
            r.platformFee,
            r.arbiterFee,
            rulingCid
        );
        _pay(order.token, order.buyer, r.buyerAmount);
        _pay(order.token, seller, r.sellerAmount);
        _pay(order.token, msg.sender, r.arbiterFee);
    }

    /**
     * @notice The buyer reclaims the full escrow of a dispute the arbiter did not rule in time.
     * @param orderId The order (caller must be its buyer).
     * @param order The order's terms.
     */
    function reclaimExpiredDispute(uint256 orderId, Order calldata order) external nonReentrant {
        _requireBuyer(orderId, order.buyer);
        uint256 word = _loadOpen(orderId, order, DISPUTED);
        uint256 endsAt = _deadline(word.timestampOf(), _RULING_WINDOW);
        if (block.timestamp <= endsAt) revert RulingWindowOpen(orderId, endsAt);
        uint256 escrow = _escrow(orderId, order, word);
        _storeFinal(orderId, order.buyer, OrderStatus.Refunded);
        emit DisputeExpired(orderId, _sellerOf(orderId), order.buyer, escrow);
        _pay(order.token, order.buyer, escrow);
    }

    // ============================================================= internal

    /// @dev The amounts of a ruling; they add up to the escrowed amount.
    struct Ruling {
        uint256 escrow;
        uint256 arbiterFee;
        uint256 buyerAmount;
        uint256 sellerAmount;
        uint256 platformFee;
    }

    /// @dev Loads a dispute the arbiter may still rule and returns its escrow.
    function _loadRulable(uint256 orderId, Order calldata order) private view returns (uint256) {
        uint256 word = _loadOpen(orderId, order, DISPUTED);
        uint256 endsAt = _deadline(word.timestampOf(), _RULING_WINDOW);
        if (block.timestamp > endsAt) revert RulingWindowClosed(orderId, endsAt);
        return _escrow(orderId, order, word);
    }

    function _split(uint256 amount, uint256 arbiterFeeBps, uint256 buyerShareBps, uint256 feeBps)
        private
        pure
        returns (Ruling memory r)
    {
        r.escrow = amount;
        uint256 rest;
        unchecked {
            // Cannot overflow or underflow: amount < 2^128, every rate <= 10,000, and each part
            // is at most the amount it is taken from.
            r.arbiterFee = amount * arbiterFeeBps / BPS;
            rest = amount - r.arbiterFee;
            r.buyerAmount = rest * buyerShareBps / BPS;
        }
        (r.sellerAmount, r.platformFee) = _splitFee(rest - r.buyerAmount, feeBps);
    }
}
