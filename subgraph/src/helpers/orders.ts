// Shared bookkeeping of order handlers: loading, refunds, payouts and closing an order.
import { Address, BigInt, Bytes, ethereum, log } from "@graphprotocol/graph-ts";
import { Order } from "../../generated/schema";
import { ZERO_BI } from "./constants";
import { getAccount, getAccountToken, getToken, minusClamped } from "./entities";
import { uint256ToBytes } from "./ids";
import { getMarketDay, getSellerDay, getSellerTokenDay, getTokenDay } from "./stats";

/** The order of an event, or null (logged) if it was placed before the subgraph's start block. */
export function loadOrder(orderId: BigInt): Order | null {
  const order = Order.load(uint256ToBytes(orderId));
  if (order == null) log.warning("unknown order {}", [orderId.toString()]);
  return order;
}

/**
 * Books money leaving escrow to the buyer: order, token, both accounts and the day statistics.
 * Used by seller refunds, cancellations, expired disputes and the buyer's share of a ruling.
 */
export function bookRefund(order: Order, amount: BigInt, timestamp: BigInt): void {
  if (amount.isZero()) return;
  order.refunded = order.refunded.plus(amount);

  const token = getToken(Address.fromBytes(order.token));
  token.escrow = minusClamped(token.escrow, amount);
  token.refunded = token.refunded.plus(amount);
  token.save();

  const buyer = getAccountToken(order.buyer, order.token);
  buyer.refundsReceived = buyer.refundsReceived.plus(amount);
  buyer.save();
  const seller = getAccountToken(order.seller, order.token);
  seller.refundsGiven = seller.refundsGiven.plus(amount);
  seller.save();

  const tokenDay = getTokenDay(order.token, timestamp);
  tokenDay.refunded = tokenDay.refunded.plus(amount);
  tokenDay.netVolume = tokenDay.netVolume.minus(amount);
  tokenDay.save();
  const sellerTokenDay = getSellerTokenDay(order.seller, order.token, timestamp);
  sellerTokenDay.refunded = sellerTokenDay.refunded.plus(amount);
  sellerTokenDay.netVolume = sellerTokenDay.netVolume.minus(amount);
  sellerTokenDay.save();
}

/**
 * Books a payout to the seller (release or ruling): seller amount and platform fee leave escrow.
 */
export function bookPayout(order: Order, sellerAmount: BigInt, platformFee: BigInt, timestamp: BigInt): void {
  order.sellerAmount = sellerAmount;
  order.platformFee = platformFee;

  const token = getToken(Address.fromBytes(order.token));
  token.escrow = minusClamped(token.escrow, sellerAmount.plus(platformFee));
  token.platformFees = token.platformFees.plus(platformFee);
  token.save();

  const seller = getAccountToken(order.seller, order.token);
  seller.sellerEarnings = seller.sellerEarnings.plus(sellerAmount);
  seller.save();

  const tokenDay = getTokenDay(order.token, timestamp);
  tokenDay.platformFees = tokenDay.platformFees.plus(platformFee);
  tokenDay.save();
  const sellerTokenDay = getSellerTokenDay(order.seller, order.token, timestamp);
  sellerTokenDay.earnings = sellerTokenDay.earnings.plus(sellerAmount);
  sellerTokenDay.save();
}

/** Ends an order: status, outcome, who closed it, and the completed/refunded counters. */
export function closeOrder(
  order: Order,
  status: string,
  outcome: string,
  closedBy: Bytes,
  event: ethereum.Event,
): void {
  order.status = status;
  order.outcome = outcome;
  if (status == "Completed") order.settledAmount = order.escrow;
  order.escrow = ZERO_BI;
  order.closedAt = event.block.timestamp;
  order.closedBy = closedBy;
  order.updatedAt = event.block.timestamp;

  const completed = status == "Completed";
  const seller = getAccount(Address.fromBytes(order.seller));
  if (completed) seller.completedSalesCount += 1;
  else seller.refundedSalesCount += 1;
  seller.save();

  const day = getMarketDay(event.block.timestamp);
  if (completed) day.ordersCompleted += 1;
  else {
    day.ordersRefunded += 1;
    day.netOrders -= 1;
  }
  day.save();

  const sellerDay = getSellerDay(order.seller, event.block.timestamp);
  if (completed) sellerDay.ordersCompleted += 1;
  else {
    sellerDay.ordersRefunded += 1;
    sellerDay.netOrders -= 1;
  }
  sellerDay.save();
}
