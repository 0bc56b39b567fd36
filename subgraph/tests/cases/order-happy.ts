// Happy path: place, ship, buyer confirms; counters, volumes, timeline and daily statistics.
import {
  ARBITER,
  BUYER,
  DAY,
  DAY0,
  ETH,
  SELLER,
  blocks,
  cid,
  dayId,
  ev,
  expect,
  fee,
  listingDocument,
  listingHex,
  listingId,
  metadataFile,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function orderHappy(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const shipping = await cid("shipping details, sealed");
  const tracking = await cid("tracking");
  const lamp = await cid("lamp");
  const lampEdited = await cid("lamp, edited after the sale");
  const placedAt = DAY0 + 200;
  const shippedAt = DAY0 + DAY + 10;
  const confirmedAt = DAY0 + DAY + 500;
  return {
    name: "order: placed, shipped, confirmed by the buyer; records the metadata version bought",
    files: [...files, metadataFile(lampEdited, listingDocument("Lamp (new model)", "Another lamp"))],
    blocks: blocks(
      { timestamp: DAY0 + 100, events },
      {
        timestamp: placedAt,
        events: [
          orderPlaced({
            listingNumber: 1,
            orderNumber: 1,
            quantity: 2,
            amount: 2000,
            shipDeadline: placedAt + 3 * DAY,
            shippingCid: shipping.bytes,
          }),
        ],
      },
      {
        timestamp: shippedAt,
        events: [
          ev("OrderShipped", { ...orderRef(1, 1), confirmDeadline: shippedAt + 7 * DAY, trackingCid: tracking.bytes }),
          // The seller edits the listing after the sale: the order keeps what was bought.
          ev("ListingMetadataUpdated", {
            listingId: listingId(SELLER, 1),
            seller: SELLER,
            metadataCid: lampEdited.bytes,
          }),
        ],
      },
      {
        timestamp: confirmedAt,
        events: [
          ev("OrderConfirmed", {
            ...orderRef(1, 1),
            sellerAmount: 2000 - fee(2000),
            platformFee: fee(2000),
          }),
        ],
      },
    ),
    assertions: [
      expect(
        `{ order(id: "${orderHex(1, 1)}") { metadataVersion metadataCid metadata { version name cid }
          listing { current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1) { version name } } } }`,
        {
          order: {
            metadataVersion: 1,
            metadataCid: lamp.text,
            metadata: { version: 1, name: "Lamp", cid: lamp.text },
            listing: { current: [{ version: 2, name: "Lamp (new model)" }] },
          },
        },
      ),
      expect(
        `{ order(id: "${orderHex(1, 1)}") { orderNumber listing { id } seller { id } buyer { id } token { id } quantity
          unitPrice discount amount escrow refunded sellerAmount platformFee feeBps arbiter { id } arbiterFeeBps
          shipDeadline shippingCid status outcome placedAt shippedAt trackingCid confirmDeadline closedAt closedBy
          messageCount coupon { id } dispute { id } review { id } } }`,
        {
          order: {
            orderNumber: "1",
            listing: { id: listingHex(1) },
            seller: { id: SELLER },
            buyer: { id: BUYER },
            token: { id: ETH },
            quantity: "2",
            unitPrice: "1000",
            discount: "0",
            amount: "2000",
            escrow: "0",
            refunded: "0",
            sellerAmount: "1950",
            platformFee: "50",
            feeBps: 250,
            arbiter: { id: ARBITER },
            arbiterFeeBps: 100,
            shipDeadline: String(placedAt + 3 * DAY),
            shippingCid: shipping.text,
            status: "Completed",
            outcome: "Confirmed",
            placedAt: String(placedAt),
            shippedAt: String(shippedAt),
            trackingCid: tracking.text,
            confirmDeadline: String(shippedAt + 7 * DAY),
            closedAt: String(confirmedAt),
            closedBy: BUYER,
            messageCount: 0,
            coupon: null,
            dispute: null,
            review: null,
          },
        },
      ),
      expect(`{ orderEvents(orderBy: logOrder) { type actor amount cid timestamp } }`, {
        orderEvents: [
          { type: "Placed", actor: BUYER, amount: "2000", cid: shipping.text, timestamp: String(placedAt) },
          { type: "Shipped", actor: SELLER, amount: null, cid: tracking.text, timestamp: String(shippedAt) },
          { type: "Confirmed", actor: BUYER, amount: "1950", cid: null, timestamp: String(confirmedAt) },
        ],
      }),
      expect(`{ listing(id: "${listingHex(1)}") { stock orderCount unitsSold volume updatedAt } }`, {
        listing: { stock: "3", orderCount: 1, unitsSold: "2", volume: "2000", updatedAt: String(shippedAt) },
      }),
      expect(`{ accounts { id salesCount completedSalesCount refundedSalesCount purchaseCount } }`, {
        accounts: [
          { id: SELLER, salesCount: 1, completedSalesCount: 1, refundedSalesCount: 0, purchaseCount: 0 },
          { id: BUYER, salesCount: 0, completedSalesCount: 0, refundedSalesCount: 0, purchaseCount: 1 },
          { id: ARBITER, salesCount: 0, completedSalesCount: 0, refundedSalesCount: 0, purchaseCount: 0 },
        ],
      }),
      expect(
        `{ accountTokens { account { id } token { id } salesVolume purchaseVolume sellerEarnings refundsReceived refundsGiven } }`,
        {
          accountTokens: [
            {
              account: { id: SELLER },
              token: { id: ETH },
              salesVolume: "2000",
              purchaseVolume: "0",
              sellerEarnings: "1950",
              refundsReceived: "0",
              refundsGiven: "0",
            },
            {
              account: { id: BUYER },
              token: { id: ETH },
              salesVolume: "0",
              purchaseVolume: "2000",
              sellerEarnings: "0",
              refundsReceived: "0",
              refundsGiven: "0",
            },
          ],
        },
      ),
      expect(`{ paymentToken(id: "${ETH}") { orderCount volume escrow platformFees refunded } }`, {
        paymentToken: { orderCount: 1, volume: "2000", escrow: "0", platformFees: "50", refunded: "0" },
      }),
      expect(`{ marketDayDatas { id date listingsCreated ordersPlaced ordersCompleted unitsSold } }`, {
        marketDayDatas: [
          {
            id: dayId("0x", DAY0),
            date: DAY0,
            listingsCreated: 1,
            ordersPlaced: 1,
            ordersCompleted: 0,
            unitsSold: "2",
          },
          {
            id: dayId("0x", DAY0 + DAY),
            date: DAY0 + DAY,
            listingsCreated: 0,
            ordersPlaced: 0,
            ordersCompleted: 1,
            unitsSold: "0",
          },
        ],
      }),
      expect(`{ tokenDayDatas { id date orderCount volume platformFees } }`, {
        tokenDayDatas: [
          { id: dayId(ETH, DAY0), date: DAY0, orderCount: 1, volume: "2000", platformFees: "0" },
          { id: dayId(ETH, DAY0 + DAY), date: DAY0 + DAY, orderCount: 0, volume: "0", platformFees: "50" },
        ],
      }),
      expect(
        `{ sellerDayDatas { date seller { id } ordersPlaced ordersCompleted unitsSold tokens { token { id } volume earnings } } }`,
        {
          sellerDayDatas: [
            {
              date: DAY0,
              seller: { id: SELLER },
              ordersPlaced: 1,
              ordersCompleted: 0,
              unitsSold: "2",
              tokens: [{ token: { id: ETH }, volume: "2000", earnings: "0" }],
            },
            {
              date: DAY0 + DAY,
              seller: { id: SELLER },
              ordersPlaced: 0,
              ordersCompleted: 1,
              unitsSold: "0",
              tokens: [{ token: { id: ETH }, volume: "0", earnings: "1950" }],
            },
          ],
        },
      ),
      expect(`{ marketplaces { orderCount listingCount } }`, { marketplaces: [{ orderCount: 1, listingCount: 1 }] }),
    ],
  };
}
