import { BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";
import { Order, OrderEvent } from "../../generated/schema";
import { LOG_ORDER_SCALE } from "./constants";
import { eventId } from "./ids";

/** Where a log sits in the chain: block number * 2^20 + log index (sorts within a block too). */
export function logOrderOf(event: ethereum.Event): BigInt {
  return event.block.number.times(LOG_ORDER_SCALE).plus(event.logIndex);
}

/** The role of `account` on `order`: Buyer, Seller or Arbiter (a buyer who is also the seller is Buyer). */
export function roleOn(order: Order, account: Bytes): string {
  if (account.equals(order.buyer)) return "Buyer";
  if (account.equals(order.seller)) return "Seller";
  return "Arbiter";
}

/** Appends one entry to an order's timeline: every order handler writes through here. */
export function recordOrderEvent(
  event: ethereum.Event,
  order: Bytes,
  type: string,
  actor: Bytes | null,
  amount: BigInt | null,
  cid: string | null,
): void {
  const entry = new OrderEvent(eventId(event));
  entry.order = order;
  entry.type = type;
  entry.actor = actor;
  entry.amount = amount;
  entry.cid = cid;
  entry.timestamp = event.block.timestamp;
  entry.blockNumber = event.block.number;
  entry.logOrder = logOrderOf(event);
  entry.transactionHash = event.transaction.hash;
  entry.save();
}
