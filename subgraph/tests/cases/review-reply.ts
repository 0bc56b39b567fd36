// Reviews: the buyer rates two completed orders, the seller replies to one; averages and days. A
// third order, free (a 100% coupon), is reviewed too: recorded, but not counted in any rating.
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
  ipfsFile,
  listingHex,
  orderHex,
  orderPlaced,
  orderId,
  listingId,
  orderRef,
  reviewDocument,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function reviewReply(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const review1 = await cid("great lamp");
  const review2 = await cid("ok lamp");
  const reply = await cid("thanks");
  const freeReview = await cid("free lamp, five stars");
  const lamp = await cid("lamp");
  const deadline = DAY0 + 100 + 3 * DAY;
  return {
    name: "review: two reviews, one reply; texts from IPFS; ratings and averages on the seller and the listing; a free order's review not counted",
    files: [
      ...files,
      ipfsFile(
        review1,
        "review.json",
        reviewDocument(orderId(listingId(SELLER, 1), 1), lamp, 5, "Great lamp", "Bright and warm.\nWell packed."),
      ),
      // Markup in the body: indexed as invalid, never shown.
      ipfsFile(
        review2,
        "review.json",
        reviewDocument(orderId(listingId(SELLER, 1), 2), lamp, 4, "OK", "<script>alert(1)</script>"),
      ),
      ipfsFile(reply, "", "Thank you! Enjoy the light."),
      ipfsFile(freeReview, "review.json", "not json"),
    ],
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...events,
          orderPlaced({ listingNumber: 1, orderNumber: 1, quantity: 1, amount: 1000, shipDeadline: deadline }),
          orderPlaced({ listingNumber: 1, orderNumber: 2, quantity: 1, amount: 1000, shipDeadline: deadline }),
          orderPlaced({ listingNumber: 1, orderNumber: 3, quantity: 1, amount: 0, shipDeadline: deadline }),
        ],
      },
      {
        timestamp: DAY0 + 500,
        events: [
          ev("OrderConfirmed", {
            ...orderRef(1, 1),
            sellerAmount: 1000 - fee(1000),
            platformFee: fee(1000),
          }),
          ev("OrderConfirmed", {
            ...orderRef(1, 2),
            sellerAmount: 1000 - fee(1000),
            platformFee: fee(1000),
          }),
          ev("OrderConfirmed", { ...orderRef(1, 3), sellerAmount: 0, platformFee: 0 }),
        ],
      },
      {
        timestamp: DAY0 + DAY,
        events: [
          ev("ReviewSubmitted", { ...orderRef(1, 1), rating: 5, reviewCid: review1.bytes }),
          ev("ReviewSubmitted", { ...orderRef(1, 2), rating: 4, reviewCid: review2.bytes }),
          ev("ReviewSubmitted", { ...orderRef(1, 3), rating: 5, reviewCid: freeReview.bytes }),
        ],
      },
      { timestamp: DAY0 + DAY + 60, events: [ev("ReviewReplied", { ...orderRef(1, 1), replyCid: reply.bytes })] },
    ),
    assertions: [
      expect(
        `{ reviews(orderBy: rating, where: { counted: true }) { id rating amountPaid listPrice counted reviewCid listing { id } seller { id } buyer { id } order { status } reply { replyCid seller { id } timestamp } } }`,
        {
          reviews: [
            {
              id: orderHex(1, 2),
              rating: 4,
              amountPaid: "1000",
              listPrice: "1000",
              counted: true,
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
              amountPaid: "1000",
              listPrice: "1000",
              counted: true,
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
      expect(`{ review(id: "${orderHex(1, 3)}") { rating amountPaid listPrice counted order { settledAmount } } }`, {
        review: { rating: 5, amountPaid: "0", listPrice: "1000", counted: false, order: { settledAmount: "0" } },
      }),
      expect(
        `{ account(id: "${SELLER}") { ratingCount ratingSum ratingAverage reviewsReceived(where: { counted: true }) { rating } } }`,
        {
          account: {
            ratingCount: 2,
            ratingSum: 9,
            ratingAverage: "4.5",
            reviewsReceived: [{ rating: 5 }, { rating: 4 }],
          },
        },
      ),
      expect(
        `{ account(id: "${BUYER}") { reviewsWrittenCount } listing(id: "${listingHex(1)}") { ratingCount ratingSum ratingAverage } }`,
        {
          account: { reviewsWrittenCount: 3 },
          listing: { ratingCount: 2, ratingSum: 9, ratingAverage: "4.5" },
        },
      ),
      // The listing page's reviews, texts included, in one query; invalid documents say why.
      expect(
        `{ listing(id: "${listingHex(1)}") { reviews(orderBy: rating, orderDirection: desc) { rating content { id cid valid error title body images }
          reply { content { valid error text } } } } }`,
        {
          listing: {
            reviews: [
              {
                rating: 5,
                content: {
                  id: orderHex(1, 1),
                  cid: review1.text,
                  valid: true,
                  error: null,
                  title: "Great lamp",
                  body: "Bright and warm.\nWell packed.",
                  images: [],
                },
                reply: { content: { valid: true, error: null, text: "Thank you! Enjoy the light." } },
              },
              {
                rating: 5,
                content: {
                  id: orderHex(1, 3),
                  cid: freeReview.text,
                  valid: false,
                  error: "not a JSON object",
                  title: null,
                  body: null,
                  images: null,
                },
                reply: null,
              },
              {
                rating: 4,
                content: {
                  id: orderHex(1, 2),
                  cid: review2.text,
                  valid: false,
                  error: "body must be plain text of at most 5000 characters",
                  title: null,
                  body: null,
                  images: null,
                },
                reply: null,
              },
            ],
          },
        },
      ),
      expect(
        `{ marketplaces { reviewCount } marketDayDatas(orderBy: date) { reviews } sellerDayDatas(orderBy: date) { ratingCount ratingSum } }`,
        {
          marketplaces: [{ reviewCount: 3 }],
          marketDayDatas: [{ reviews: 0 }, { reviews: 3 }],
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
