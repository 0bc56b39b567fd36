// Seller-signed coupons: redemptions (emitted right after the discounted OrderPlaced) and revocations.
import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { Coupon, CouponRedemption } from "../../generated/schema";
import { CouponRedeemed, CouponRevoked } from "../../generated/Marketplace/Marketplace";
import { ZERO_BI } from "../helpers/constants";
import { recordOrderEvent } from "../helpers/orderEvents";
import { loadOrder } from "../helpers/orders";

function getCoupon(hash: Bytes, seller: Bytes): Coupon {
  let coupon = Coupon.load(hash);
  if (coupon == null) {
    coupon = new Coupon(hash);
    coupon.seller = seller;
    coupon.redemptionCount = 0;
    coupon.contractRedemptions = ZERO_BI;
    coupon.totalDiscount = ZERO_BI;
    coupon.revoked = false;
  }
  return coupon;
}

export function handleCouponRedeemed(event: CouponRedeemed): void {
  const redemptions = BigInt.fromU64(event.params.redemptions.toU64());
  const coupon = getCoupon(event.params.couponHash, event.params.seller);
  coupon.redemptionCount += 1;
  coupon.contractRedemptions = redemptions;
  coupon.totalDiscount = coupon.totalDiscount.plus(event.params.discount);
  coupon.save();

  const order = loadOrder(event.params.orderId);
  if (order == null) return;
  order.discount = event.params.discount;
  order.save();

  const redemption = new CouponRedemption(order.id);
  redemption.coupon = coupon.id;
  redemption.order = order.id;
  redemption.seller = event.params.seller;
  redemption.buyer = order.buyer;
  redemption.discount = event.params.discount;
  redemption.redemptions = redemptions;
  redemption.timestamp = event.block.timestamp;
  redemption.save();

  recordOrderEvent(event, order.id, "CouponRedeemed", order.buyer, event.params.discount, null);
}

export function handleCouponRevoked(event: CouponRevoked): void {
  const coupon = getCoupon(event.params.couponHash, event.params.seller);
  coupon.revoked = true;
  coupon.revokedAt = event.block.timestamp;
  coupon.save();
}
