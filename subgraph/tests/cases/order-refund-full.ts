// Seller refunds the whole order (after a partial refund): Refunded, outcome RefundedBySeller.
import {
  BUYER,
  DAY,
  DAY0,
  ETH,
  SELLER,
  blocks,
  dayId,
  ev,
  expect,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function refundFull(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  return {
    name: "order: seller refunds in full",
    files,
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...events,
          orderPlaced({
            listingNumber: 1,
            orderNumber: 1,
            quantity: 3,
            amount: 3000,
            shipDeadline: DAY0 + 100 + 3 * DAY,
          }),
        ],
      },
      { timestamp: DAY0 + 200, events: [ev("OrderRefunded", { ...orderRef(1, 1), refund: 1000, remaining: 2000 })] },
      { timestamp: DAY0 + 300, events: [ev("OrderRefunded", { ...orderRef(1, 1), refund: 2000, remaining: 0 })] },
    ),
    assertions: [
      expect(`{ order(id: "${orderHex(1, 1)}") { status outcome escrow refunded closedAt closedBy } }`, {
        order: {
          status: "Refunded",
          outcome: "RefundedBySeller",
          escrow: "0",
          refunded: "3000",
          closedAt: String(DAY0 + 300),
          closedBy: SELLER,
        },
      }),
      expect(`{ orderEvents { type actor amount } }`, {
        orderEvents: [
          { type: "Placed", actor: BUYER, amount: "3000" },
          { type: "Refunded", actor: SELLER, amount: "1000" },
          { type: "Refunded", actor: SELLER, amount: "2000" },
        ],
      }),
      expect(`{ paymentToken(id: "${ETH}") { escrow refunded platformFees } }`, {
        paymentToken: { escrow: "0", refunded: "3000", platformFees: "0" },
      }),
      expect(`{ accounts(where: { id: "${SELLER}" }) { refundedSalesCount completedSalesCount } }`, {
        accounts: [{ refundedSalesCount: 1, completedSalesCount: 0 }],
      }),
      // Refunded on the day of the sale: net of refunds, the day sold nothing.
      expect(
        `{ marketDayDatas { ordersRefunded netOrders } tokenDayDatas { id refunded netVolume } sellerTokenDayDatas { refunded netVolume } }`,
        {
          marketDayDatas: [{ ordersRefunded: 1, netOrders: 0 }],
          tokenDayDatas: [{ id: dayId(ETH, DAY0), refunded: "3000", netVolume: "0" }],
          sellerTokenDayDatas: [{ refunded: "3000", netVolume: "0" }],
        },
      ),
    ],
  };
}
