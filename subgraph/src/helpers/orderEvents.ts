import { BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";
import { OrderEvent } from "../../generated/schema";
import { LOG_ORDER_SCALE } from "./constants";
import { eventId } from "./ids";

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
  entry.logOrder = event.block.number.times(LOG_ORDER_SCALE).plus(event.logIndex);
  entry.transactionHash = event.transaction.hash;
  entry.save();
}
