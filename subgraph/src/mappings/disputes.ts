// Disputes: opened by the buyer, evidence from both sides, ruled by the arbiter or expired.
import { Address, BigInt } from "@graphprotocol/graph-ts";
import {
  DisputeExpired,
  DisputeOpened,
  DisputeRuled,
  EvidenceSubmitted,
} from "../../generated/Marketplace/Marketplace";
import { Dispute, Evidence, Ruling } from "../../generated/schema";
import { optionalCid } from "../helpers/cid";
import { getAccount, getArbiter, getMarketplace, getToken, minusClamped } from "../helpers/entities";
import { eventId } from "../helpers/ids";
import { logOrderOf, recordOrderEvent, roleOn } from "../helpers/orderEvents";
import { getMarketDay, getSellerDay } from "../helpers/stats";
import { bookPayout, bookRefund, closeOrder, loadOrder } from "../helpers/orders";

export function handleDisputeOpened(event: DisputeOpened): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  order.status = "Disputed";
  order.updatedAt = event.block.timestamp;
  order.save();

  const dispute = new Dispute(order.id);
  dispute.order = order.id;
  dispute.buyer = event.params.buyer;
  dispute.seller = event.params.seller;
  dispute.arbiter = order.arbiter;
  dispute.status = "Open";
  dispute.reasonCid = optionalCid(event.params.reasonCid);
  dispute.openedAt = event.block.timestamp;
  dispute.rulingDeadline = BigInt.fromU64(event.params.rulingDeadline.toU64());
  dispute.evidenceCount = 0;
  dispute.save();

  const arbiter = getArbiter(Address.fromBytes(order.arbiter));
  arbiter.disputeCount += 1;
  arbiter.save();
  const seller = getAccount(event.params.seller);
  seller.disputedSalesCount += 1;
  seller.save();
  const buyer = getAccount(event.params.buyer);
  buyer.disputesOpenedCount += 1;
  buyer.save();
  const marketplace = getMarketplace(event.address);
  marketplace.disputeCount += 1;
  marketplace.save();
  const day = getMarketDay(event.block.timestamp);
  day.disputesOpened += 1;
  day.save();
  const sellerDay = getSellerDay(event.params.seller, event.block.timestamp);
  sellerDay.disputesOpened += 1;
  sellerDay.save();

  recordOrderEvent(event, order.id, "DisputeOpened", event.params.buyer, null, dispute.reasonCid);
}

export function handleEvidenceSubmitted(event: EvidenceSubmitted): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  const dispute = Dispute.load(order.id);
  if (dispute == null) return;
  dispute.evidenceCount += 1;
  dispute.save();

  const evidence = new Evidence(eventId(event));
  evidence.dispute = dispute.id;
  evidence.submitter = event.params.submitter;
  evidence.submitterRole = roleOn(order, event.params.submitter);
  evidence.evidenceCid = optionalCid(event.params.evidenceCid);
  evidence.timestamp = event.block.timestamp;
  evidence.blockNumber = event.block.number;
  evidence.logIndex = event.logIndex;
  evidence.logOrder = logOrderOf(event);
  evidence.transactionHash = event.transaction.hash;
  evidence.save();

  recordOrderEvent(event, order.id, "EvidenceSubmitted", event.params.submitter, null, evidence.evidenceCid);
}

export function handleDisputeRuled(event: DisputeRuled): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  const timestamp = event.block.timestamp;

  const ruling = new Ruling(order.id);
  ruling.dispute = order.id;
  ruling.arbiter = event.params.arbiter;
  ruling.buyerShareBps = event.params.buyerShareBps;
  ruling.buyerAmount = event.params.buyerAmount;
  ruling.sellerAmount = event.params.sellerAmount;
  ruling.platformFee = event.params.platformFee;
  ruling.arbiterFee = event.params.arbiterFee;
  ruling.rulingCid = optionalCid(event.params.rulingCid);
  ruling.timestamp = timestamp;
  ruling.save();

  const dispute = Dispute.load(order.id);
  if (dispute != null) {
    dispute.status = "Ruled";
    dispute.closedAt = timestamp;
    dispute.save();
  }

  const arbiter = getArbiter(event.params.arbiter);
  arbiter.rulingCount += 1;
  arbiter.save();
  const token = getToken(Address.fromBytes(order.token));
  token.escrow = minusClamped(token.escrow, event.params.arbiterFee);
  token.arbiterFees = token.arbiterFees.plus(event.params.arbiterFee);
  token.save();

  bookRefund(order, event.params.buyerAmount, timestamp);
  bookPayout(order, event.params.sellerAmount, event.params.platformFee, timestamp);
  closeOrder(order, "Completed", "Ruled", event.params.arbiter, event);
  order.save();

  recordOrderEvent(event, order.id, "DisputeRuled", event.params.arbiter, event.params.buyerAmount, ruling.rulingCid);
}

export function handleDisputeExpired(event: DisputeExpired): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  const dispute = Dispute.load(order.id);
  if (dispute != null) {
    dispute.status = "Expired";
    dispute.closedAt = event.block.timestamp;
    dispute.expiredRefund = event.params.refund;
    dispute.save();
  }
  const arbiter = getArbiter(Address.fromBytes(order.arbiter));
  arbiter.expiredCount += 1;
  arbiter.save();

  bookRefund(order, event.params.refund, event.block.timestamp);
  closeOrder(order, "Refunded", "DisputeExpired", event.params.buyer, event);
  order.save();

  recordOrderEvent(event, order.id, "DisputeExpired", event.params.buyer, event.params.refund, null);
}
