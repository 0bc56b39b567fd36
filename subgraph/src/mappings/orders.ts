// Orders without a dispute: place, ship, confirm/release, refund, cancel, messages.
import { BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";
import {
  MessagePosted,
  OrderCancelled,
  OrderConfirmed,
  OrderPlaced,
  OrderRefunded,
  OrderReleased,
  OrderShipped,
} from "../../generated/Marketplace/Marketplace";
import { Listing, Order, OrderMessage } from "../../generated/schema";
import { optionalCid } from "../helpers/cid";
import { ZERO_BI } from "../helpers/constants";
import { getAccount, getAccountToken, getMarketplace, getToken, minusClamped } from "../helpers/entities";
import { bookPayout, bookRefund, closeOrder, loadOrder } from "../helpers/orders";
import { eventId, orderNumberOf, uint256ToBytes } from "../helpers/ids";
import { logOrderOf, recordOrderEvent, roleOn } from "../helpers/orderEvents";
import { getMarketDay, getSellerDay, getSellerTokenDay, getTokenDay } from "../helpers/stats";

export function handleOrderPlaced(event: OrderPlaced): void {
  const id = uint256ToBytes(event.params.orderId);
  const listingId = uint256ToBytes(event.params.listingId);
  const quantity = BigInt.fromU64(event.params.quantity.toU64());
  const amount = event.params.amount;
  const timestamp = event.block.timestamp;

  const order = new Order(id);
  order.orderId = event.params.orderId;
  order.orderNumber = orderNumberOf(id);
  order.listing = listingId;
  order.seller = event.params.seller;
  order.buyer = event.params.buyer;
  order.token = event.params.token;
  order.quantity = quantity;
  order.discount = ZERO_BI;
  order.amount = amount;
  order.escrow = amount;
  order.refunded = ZERO_BI;
  order.sellerAmount = ZERO_BI;
  order.platformFee = ZERO_BI;
  order.feeBps = event.params.feeBps;
  order.arbiter = event.params.arbiter;
  order.arbiterFeeBps = event.params.arbiterFeeBps;
  order.shipDeadline = BigInt.fromU64(event.params.shipDeadline.toU64());
  order.shippingCid = optionalCid(event.params.shippingCid);
  order.status = "Paid";
  order.placedAt = timestamp;
  order.placedAtBlock = event.block.number;
  order.placedTx = event.transaction.hash;
  order.updatedAt = timestamp;
  order.messageCount = 0;

  const listing = Listing.load(listingId);
  order.metadataVersion = 0;
  if (listing != null) {
    order.unitPrice = listing.price;
    // What the buyer paid for, kept whatever the seller edits later.
    order.metadataVersion = listing.metadataVersion;
    order.metadataCid = listing.metadataCid;
    order.metadata = listing.latestMetadata;
    listing.stock = minusClamped(listing.stock, quantity);
    listing.orderCount += 1;
    listing.unitsSold = listing.unitsSold.plus(quantity);
    listing.volume = listing.volume.plus(amount);
    listing.updatedAt = timestamp;
    listing.updatedAtBlock = event.block.number;
    listing.save();
  } else {
    order.unitPrice = quantity.isZero() ? ZERO_BI : amount.div(quantity);
  }
  order.save();

  const seller = getAccount(event.params.seller);
  seller.salesCount += 1;
  seller.save();
  const buyer = getAccount(event.params.buyer);
  buyer.purchaseCount += 1;
  buyer.save();

  const sellerToken = getAccountToken(event.params.seller, event.params.token);
  sellerToken.salesVolume = sellerToken.salesVolume.plus(amount);
  sellerToken.save();
  const buyerToken = getAccountToken(event.params.buyer, event.params.token);
  buyerToken.purchaseVolume = buyerToken.purchaseVolume.plus(amount);
  buyerToken.save();

  const token = getToken(event.params.token);
  token.orderCount += 1;
  token.volume = token.volume.plus(amount);
  token.escrow = token.escrow.plus(amount);
  token.save();

  const marketplace = getMarketplace(event.address);
  marketplace.orderCount += 1;
  marketplace.save();

  const day = getMarketDay(timestamp);
  day.ordersPlaced += 1;
  day.netOrders += 1;
  day.unitsSold = day.unitsSold.plus(quantity);
  day.save();
  const tokenDay = getTokenDay(event.params.token, timestamp);
  tokenDay.orderCount += 1;
  tokenDay.volume = tokenDay.volume.plus(amount);
  tokenDay.netVolume = tokenDay.netVolume.plus(amount);
  tokenDay.save();
  const sellerDay = getSellerDay(event.params.seller, timestamp);
  sellerDay.ordersPlaced += 1;
  sellerDay.netOrders += 1;
  sellerDay.unitsSold = sellerDay.unitsSold.plus(quantity);
  sellerDay.save();
  const sellerTokenDay = getSellerTokenDay(event.params.seller, event.params.token, timestamp);
  sellerTokenDay.volume = sellerTokenDay.volume.plus(amount);
  sellerTokenDay.netVolume = sellerTokenDay.netVolume.plus(amount);
  sellerTokenDay.save();

  recordOrderEvent(event, id, "Placed", event.params.buyer, amount, order.shippingCid);
}

export function handleOrderShipped(event: OrderShipped): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  order.status = "Shipped";
  order.shippedAt = event.block.timestamp;
  order.trackingCid = optionalCid(event.params.trackingCid);
  order.confirmDeadline = BigInt.fromU64(event.params.confirmDeadline.toU64());
  order.updatedAt = event.block.timestamp;
  order.save();
  recordOrderEvent(event, order.id, "Shipped", event.params.seller, null, order.trackingCid);
}

/** Completes an order paid out to its seller: by the buyer's confirmation or after the window. */
function completeOrder(
  event: ethereum.Event,
  orderId: BigInt,
  sellerAmount: BigInt,
  platformFee: BigInt,
  outcome: string,
  eventType: string,
  closedBy: Bytes,
): void {
  const order = loadOrder(orderId);
  if (order == null) return;
  bookPayout(order, sellerAmount, platformFee, event.block.timestamp);
  closeOrder(order, "Completed", outcome, closedBy, event);
  order.save();
  recordOrderEvent(event, order.id, eventType, closedBy, sellerAmount, null);
}

export function handleOrderConfirmed(event: OrderConfirmed): void {
  const params = event.params;
  completeOrder(event, params.orderId, params.sellerAmount, params.platformFee, "Confirmed", "Confirmed", params.buyer);
}

export function handleOrderReleased(event: OrderReleased): void {
  const params = event.params;
  completeOrder(
    event,
    params.orderId,
    params.sellerAmount,
    params.platformFee,
    "ReleasedByTimeout",
    "Released",
    params.caller,
  );
}

export function handleOrderRefunded(event: OrderRefunded): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  bookRefund(order, event.params.refund, event.block.timestamp);
  order.escrow = event.params.remaining;
  order.updatedAt = event.block.timestamp;
  if (event.params.remaining.isZero()) {
    closeOrder(order, "Refunded", "RefundedBySeller", event.params.seller, event);
  }
  order.save();
  recordOrderEvent(event, order.id, "Refunded", event.params.seller, event.params.refund, null);
}

export function handleOrderCancelled(event: OrderCancelled): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  bookRefund(order, event.params.refund, event.block.timestamp);
  closeOrder(order, "Refunded", "Cancelled", event.params.buyer, event);
  order.save();
  recordOrderEvent(event, order.id, "Cancelled", event.params.buyer, event.params.refund, null);
}

export function handleMessagePosted(event: MessagePosted): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  order.messageCount += 1;
  order.updatedAt = event.block.timestamp;
  order.save();

  const message = new OrderMessage(eventId(event));
  message.order = order.id;
  message.sender = event.params.sender;
  message.senderRole = roleOn(order, event.params.sender);
  message.messageCid = optionalCid(event.params.messageCid);
  message.timestamp = event.block.timestamp;
  message.blockNumber = event.block.number;
  message.logIndex = event.logIndex;
  message.logOrder = logOrderOf(event);
  message.transactionHash = event.transaction.hash;
  message.save();

  recordOrderEvent(event, order.id, "MessagePosted", event.params.sender, null, message.messageCid);
}
