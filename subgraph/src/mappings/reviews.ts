// Reviews of completed orders, seller replies, and account profiles.
import { Address } from "@graphprotocol/graph-ts";
import { ProfileUpdated, ReviewReplied, ReviewSubmitted } from "../../generated/Marketplace/Marketplace";
import { Listing, Review, ReviewReply } from "../../generated/schema";
import { optionalCid } from "../helpers/cid";
import { ZERO_BI } from "../helpers/constants";
import { getAccount, getMarketplace, ratingAverage } from "../helpers/entities";
import { recordOrderEvent } from "../helpers/orderEvents";
import { getMarketDay, getSellerDay } from "../helpers/stats";
import { loadOrder } from "../helpers/orders";

export function handleReviewSubmitted(event: ReviewSubmitted): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  const rating = event.params.rating as i32;
  order.status = "Reviewed";
  order.updatedAt = event.block.timestamp;
  order.save();

  const review = new Review(order.id);
  review.order = order.id;
  review.listing = order.listing;
  review.seller = event.params.seller;
  review.buyer = event.params.buyer;
  review.rating = rating;
  const settled = order.settledAmount;
  review.amountPaid = settled === null ? ZERO_BI : settled;
  review.listPrice = order.unitPrice.times(order.quantity);
  // As on chain: only a review of an order that completed holding a real payment counts.
  review.counted = review.amountPaid.gt(ZERO_BI);
  review.reviewCid = optionalCid(event.params.reviewCid);
  review.timestamp = event.block.timestamp;
  review.save();

  const buyer = getAccount(event.params.buyer);
  buyer.reviewsWrittenCount += 1;
  buyer.save();
  if (review.counted) {
    const seller = getAccount(event.params.seller);
    seller.ratingCount += 1;
    seller.ratingSum += rating;
    seller.ratingAverage = ratingAverage(seller.ratingSum, seller.ratingCount);
    seller.save();
    const listing = Listing.load(order.listing);
    if (listing != null) {
      listing.ratingCount += 1;
      listing.ratingSum += rating;
      listing.save();
    }
  }

  const marketplace = getMarketplace(event.address);
  marketplace.reviewCount += 1;
  marketplace.save();
  const day = getMarketDay(event.block.timestamp);
  day.reviews += 1;
  day.save();
  if (review.counted) {
    const sellerDay = getSellerDay(event.params.seller, event.block.timestamp);
    sellerDay.ratingCount += 1;
    sellerDay.ratingSum += rating;
    sellerDay.save();
  }

  recordOrderEvent(event, order.id, "Reviewed", event.params.buyer, null, review.reviewCid);
}

export function handleReviewReplied(event: ReviewReplied): void {
  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  order.status = "Replied";
  order.updatedAt = event.block.timestamp;
  order.save();

  const reply = new ReviewReply(order.id);
  reply.review = order.id;
  reply.seller = event.params.seller;
  reply.replyCid = optionalCid(event.params.replyCid);
  reply.timestamp = event.block.timestamp;
  reply.save();

  recordOrderEvent(event, order.id, "ReviewReplied", event.params.seller, null, reply.replyCid);
}

export function handleProfileUpdated(event: ProfileUpdated): void {
  const account = getAccount(Address.fromBytes(event.params.account));
  account.profileCid = optionalCid(event.params.profileCid);
  account.profileUpdatedAt = event.block.timestamp;
  account.save();
}
