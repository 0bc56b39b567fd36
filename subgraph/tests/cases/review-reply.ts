// Reviews: the buyer rates two completed orders, the seller replies to one; averages and days.
import {
  BUYER,
  DAY,
  DAY0,
  SELLER,
  blocks,
  cid,
  ev,
  expect,
  fee,
  listingHex,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function reviewReply(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const review1 = await cid("great lamp");
  const review2 = await cid("ok lamp");
  const reply = await cid("thanks");
  const deadline = DAY0 + 100 + 3 * DAY;
  return {
    name: "review: two reviews, one reply; ratings on the seller and the listing",
    files,
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...events,
          orderPlaced({ listingNumber: 1, orderNumber: 1, quantity: 1, amount: 1000, shipDeadline: deadline }),
          orderPlaced({ listingNumber: 1, orderNumber: 2, quantity: 1, amount: 1000, shipDeadline: deadline }),
        ],
      },
      {
        timestamp: DAY0 + 500,
        events: [
          ev("OrderReleased", {
            ...orderRef(1, 1),
            caller: BUYER,
            sellerAmount: 1000 - fee(1000),
            platformFee: fee(1000),
          }),
          ev("OrderReleased", {
            ...orderRef(1, 2),
            caller: BUYER,
            sellerAmount: 1000 - fee(1000),
            platformFee: fee(1000),
          }),
        ],
      },
      {
        timestamp: DAY0 + DAY,
        events: [
          ev("ReviewSubmitted", { ...orderRef(1, 1), rating: 5, reviewCid: review1.bytes }),
          ev("ReviewSubmitted", { ...orderRef(1, 2), rating: 4, reviewCid: review2.bytes }),
        ],
      },
      { timestamp: DAY0 + DAY + 60, events: [ev("ReviewReplied", { ...orderRef(1, 1), replyCid: reply.bytes })] },
    ),
    assertions: [
      expect(
        `{ reviews(orderBy: rating) { id rating reviewCid listing { id } seller { id } buyer { id } order { status } reply { replyCid seller { id } timestamp } } }`,
        {
          reviews: [
            {
              id: orderHex(1, 2),
              rating: 4,
              reviewCid: review2.text,
              listing: { id: listingHex(1) },
              seller: { id: SELLER },
              buyer: { id: BUYER },
              order: { status: "Reviewed" },
              reply: null,
            },
            {
              id: orderHex(1, 1),
              rating: 5,
              reviewCid: review1.text,
              listing: { id: listingHex(1) },
              seller: { id: SELLER },
              buyer: { id: BUYER },
              order: { status: "Replied" },
              reply: { replyCid: reply.text, seller: { id: SELLER }, timestamp: String(DAY0 + DAY + 60) },
            },
          ],
        },
      ),
      expect(`{ account(id: "${SELLER}") { ratingCount ratingSum ratingAverage reviewsReceived { rating } } }`, {
        account: {
          ratingCount: 2,
          ratingSum: 9,
          ratingAverage: "4.5",
          reviewsReceived: [{ rating: 5 }, { rating: 4 }],
        },
      }),
      expect(
        `{ account(id: "${BUYER}") { reviewsWrittenCount } listing(id: "${listingHex(1)}") { ratingCount ratingSum } }`,
        {
          account: { reviewsWrittenCount: 2 },
          listing: { ratingCount: 2, ratingSum: 9 },
        },
      ),
      expect(
        `{ marketplaces { reviewCount } marketDayDatas(orderBy: date) { reviews } sellerDayDatas(orderBy: date) { ratingCount ratingSum } }`,
        {
          marketplaces: [{ reviewCount: 2 }],
          marketDayDatas: [{ reviews: 0 }, { reviews: 2 }],
          sellerDayDatas: [
            { ratingCount: 0, ratingSum: 0 },
            { ratingCount: 2, ratingSum: 9 },
          ],
        },
      ),
      expect(`{ orderEvents(where: { order: "${orderHex(1, 1)}" }, orderBy: logOrder) { type actor cid } }`, {
        orderEvents: [
          { type: "Placed", actor: BUYER, cid: null },
          { type: "Confirmed", actor: BUYER, cid: null },
          { type: "Reviewed", actor: BUYER, cid: review1.text },
          { type: "ReviewReplied", actor: SELLER, cid: reply.text },
        ],
      }),
    ],
  };
}
