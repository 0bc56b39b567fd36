import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { MarketDayData, SellerDayData, SellerTokenDayData, TokenDayData } from "../../generated/schema";
import { SECONDS_PER_DAY, ZERO_BI } from "./constants";

/** UTC day number of a block timestamp. */
export function dayOf(timestamp: BigInt): i32 {
  return (timestamp.toI64() / (SECONDS_PER_DAY as i64)) as i32;
}

export function getMarketDay(timestamp: BigInt): MarketDayData {
  const day = dayOf(timestamp);
  const id = Bytes.fromI32(day);
  let data = MarketDayData.load(id);
  if (data == null) {
    data = new MarketDayData(id);
    data.date = day * SECONDS_PER_DAY;
    data.listingsCreated = 0;
    data.ordersPlaced = 0;
    data.ordersCompleted = 0;
    data.ordersRefunded = 0;
    data.netOrders = 0;
    data.disputesOpened = 0;
    data.reviews = 0;
    data.unitsSold = ZERO_BI;
  }
  return data;
}

export function getTokenDay(token: Bytes, timestamp: BigInt): TokenDayData {
  const day = dayOf(timestamp);
  const id = token.concatI32(day);
  let data = TokenDayData.load(id);
  if (data == null) {
    data = new TokenDayData(id);
    data.date = day * SECONDS_PER_DAY;
    data.token = token;
    data.orderCount = 0;
    data.volume = ZERO_BI;
    data.refunded = ZERO_BI;
    data.netVolume = ZERO_BI;
    data.platformFees = ZERO_BI;
  }
  return data;
}

export function getSellerDay(seller: Bytes, timestamp: BigInt): SellerDayData {
  const day = dayOf(timestamp);
  const id = seller.concatI32(day);
  let data = SellerDayData.load(id);
  if (data == null) {
    data = new SellerDayData(id);
    data.date = day * SECONDS_PER_DAY;
    data.seller = seller;
    data.ordersPlaced = 0;
    data.ordersCompleted = 0;
    data.ordersRefunded = 0;
    data.netOrders = 0;
    data.disputesOpened = 0;
    data.unitsSold = ZERO_BI;
    data.ratingCount = 0;
    data.ratingSum = 0;
  }
  return data;
}

/** The seller's volume in `token` on the day (creates the seller's day too, unsaved). */
export function getSellerTokenDay(seller: Bytes, token: Bytes, timestamp: BigInt): SellerTokenDayData {
  const day = dayOf(timestamp);
  const id = seller.concat(token).concatI32(day);
  let data = SellerTokenDayData.load(id);
  if (data == null) {
    const sellerDay = getSellerDay(seller, timestamp);
    sellerDay.save();
    data = new SellerTokenDayData(id);
    data.sellerDay = sellerDay.id;
    data.date = day * SECONDS_PER_DAY;
    data.seller = seller;
    data.token = token;
    data.volume = ZERO_BI;
    data.earnings = ZERO_BI;
    data.refunded = ZERO_BI;
    data.netVolume = ZERO_BI;
  }
  return data;
}
