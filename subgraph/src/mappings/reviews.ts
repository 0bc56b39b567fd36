// Reviews of completed orders, seller replies, and account profiles.
import { Address } from "@graphprotocol/graph-ts";
import { ProfileUpdated, ReviewReplied, ReviewSubmitted } from "../../generated/Marketplace/Marketplace";
import { Listing, Review, ReviewReply } from "../../generated/schema";
import {
  Profile as ProfileTemplate,
  ReviewContent as ReviewContentTemplate,
  ReviewReplyContent as ReviewReplyContentTemplate,
} from "../../generated/templates";
import { optionalCid } from "../helpers/cid";
import { documentContext } from "../helpers/documents";
import { PROFILE_FILE, REVIEW_FILE, ZERO_BI } from "../helpers/constants";
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
  const reviewCid = review.reviewCid;
  if (reviewCid != null) {
    // One review per order, never edited: its document's id is the order's.
    const context = documentContext(order.id.toHexString(), reviewCid!, "review", order.id, 0);
    ReviewContentTemplate.createWithContext(reviewCid! + "/" + REVIEW_FILE, context);
    review.content = order.id.toHexString();
  }
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
      listing.ratingAverage = ratingAverage(listing.ratingSum, listing.ratingCount);
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
  const replyCid = reply.replyCid;
  if (replyCid != null) {
    const context = documentContext(order.id.toHexString(), replyCid!, "reply", order.id, 0);
    ReviewReplyContentTemplate.createWithContext(replyCid!, context);
    reply.content = order.id.toHexString();
  }
  reply.save();

  recordOrderEvent(event, order.id, "ReviewReplied", event.params.seller, null, reply.replyCid);
}

export function handleProfileUpdated(event: ProfileUpdated): void {
  const account = getAccount(Address.fromBytes(event.params.account));
  const cid = optionalCid(event.params.profileCid);
  account.profileCid = cid;
  account.profileUpdatedAt = event.block.timestamp;
  account.profileVersion += 1;
  account.latestProfile = null;
  if (cid != null) {
    // One document per version, as listings do: the newest valid one is what pages show.
    const id = account.id.toHexString() + "-" + account.profileVersion.toString();
    const context = documentContext(id, cid!, "account", account.id, account.profileVersion);
    ProfileTemplate.createWithContext(cid! + "/" + PROFILE_FILE, context);
    account.latestProfile = id;
  }
  account.save();
}
