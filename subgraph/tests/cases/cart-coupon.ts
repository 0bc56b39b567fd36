// A cart of three orders from two sellers in one transaction, one line with a coupon; then the
// coupon is revoked.
import {
  BUYER,
  DAY,
  DAY0,
  ETH,
  SELLER,
  SELLER2,
  blocks,
  cid,
  ev,
  expect,
  listingCreated,
  listingDocument,
  listingHex,
  metadataFile,
  orderHex,
  orderId,
  orderPlaced,
  listingId,
  shop,
  tx,
  type TestCase,
} from "../../scripts/testing/dsl.js";

const COUPON = "0xc0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0";

export default async function cartCoupon(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const vase = await cid("vase");
  const placedAt = DAY0 + 500;
  const cart = tx("cart");
  const deadline = placedAt + 3 * DAY;
  return {
    name: "cart: three orders, two sellers, one transaction; coupon redeemed then revoked",
    files: [...files, metadataFile(vase, listingDocument("Vase", "A blue vase"))],
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [...events, listingCreated({ seller: SELLER2, number: 2, price: 400, stock: 10, metadata: vase })],
      },
      {
        timestamp: placedAt,
        events: [
          // Line 1: SELLER's lamp x2 with a 10% coupon: 2000 - 200.
          orderPlaced({ listingNumber: 1, orderNumber: 1, quantity: 2, amount: 1800, shipDeadline: deadline }, cart),
          ev(
            "CouponRedeemed",
            {
              couponHash: COUPON,
              orderId: orderId(listingId(SELLER, 1), 1),
              seller: SELLER,
              discount: 200,
              redemptions: 1,
            },
            cart,
          ),
          // Line 2: SELLER2's vase x3.
          orderPlaced(
            { seller: SELLER2, listingNumber: 2, orderNumber: 1, quantity: 3, amount: 1200, shipDeadline: deadline },
            cart,
          ),
          // Line 3: SELLER's lamp x1 again, no coupon.
          orderPlaced({ listingNumber: 1, orderNumber: 2, quantity: 1, amount: 1000, shipDeadline: deadline }, cart),
        ],
      },
      { timestamp: placedAt + 60, events: [ev("CouponRevoked", { couponHash: COUPON, seller: SELLER })] },
    ),
    assertions: [
      expect(
        `{ orders(orderBy: placedAt) { id placedTx quantity unitPrice discount amount seller { id } coupon { discount redemptions coupon { id } } } }`,
        {
          orders: [
            {
              id: orderHex(1, 1),
              placedTx: cart,
              quantity: "2",
              unitPrice: "1000",
              discount: "200",
              amount: "1800",
              seller: { id: SELLER },
              coupon: { discount: "200", redemptions: "1", coupon: { id: COUPON } },
            },
            {
              id: orderHex(2, 1, SELLER2),
              placedTx: cart,
              quantity: "3",
              unitPrice: "400",
              discount: "0",
              amount: "1200",
              seller: { id: SELLER2 },
              coupon: null,
            },
            {
              id: orderHex(1, 2),
              placedTx: cart,
              quantity: "1",
              unitPrice: "1000",
              discount: "0",
              amount: "1000",
              seller: { id: SELLER },
              coupon: null,
            },
          ],
        },
      ),
      expect(
        `{ coupon(id: "${COUPON}") { seller { id } redemptionCount contractRedemptions totalDiscount revoked revokedAt redemptions { order { id } buyer { id } } } }`,
        {
          coupon: {
            seller: { id: SELLER },
            redemptionCount: 1,
            contractRedemptions: "1",
            totalDiscount: "200",
            revoked: true,
            revokedAt: String(placedAt + 60),
            redemptions: [{ order: { id: orderHex(1, 1) }, buyer: { id: BUYER } }],
          },
        },
      ),
      expect(`{ listings(orderBy: listingNumber) { id stock orderCount unitsSold volume } }`, {
        listings: [
          { id: listingHex(1), stock: "2", orderCount: 2, unitsSold: "3", volume: "2800" },
          { id: listingHex(2, SELLER2), stock: "7", orderCount: 1, unitsSold: "3", volume: "1200" },
        ],
      }),
      expect(`{ account(id: "${BUYER}") { purchaseCount purchases { id } tokens { purchaseVolume } } }`, {
        account: {
          purchaseCount: 3,
          purchases: [{ id: orderHex(1, 1) }, { id: orderHex(2, 1, SELLER2) }, { id: orderHex(1, 2) }],
          tokens: [{ purchaseVolume: "4000" }],
        },
      }),
      expect(`{ paymentToken(id: "${ETH}") { orderCount volume escrow } marketDayDatas { ordersPlaced unitsSold } }`, {
        paymentToken: { orderCount: 3, volume: "4000", escrow: "4000" },
        marketDayDatas: [{ ordersPlaced: 3, unitsSold: "6" }],
      }),
      expect(`{ orderEvents(where: { order: "${orderHex(1, 1)}" }) { type amount transactionHash } }`, {
        orderEvents: [
          { type: "Placed", amount: "1800", transactionHash: cart },
          { type: "CouponRedeemed", amount: "200", transactionHash: cart },
        ],
      }),
    ],
  };
}
