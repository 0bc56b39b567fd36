// Seller refunds part of an order, then the rest: the order stays open, then ends as Refunded.
import {
  BUYER,
  DAY,
  DAY0,
  ETH,
  SELLER,
  blocks,
  ev,
  expect,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function refundPartial(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  return {
    name: "order: partial seller refund keeps it open, a second refund of the rest ends it",
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
    ),
    assertions: [
      expect(`{ order(id: "${orderHex(1, 1)}") { status outcome amount escrow refunded closedAt } }`, {
        order: { status: "Paid", outcome: null, amount: "3000", escrow: "2000", refunded: "1000", closedAt: null },
      }),
      expect(`{ paymentToken(id: "${ETH}") { escrow refunded } }`, {
        paymentToken: { escrow: "2000", refunded: "1000" },
      }),
      expect(`{ accountTokens { account { id } refundsReceived refundsGiven } }`, {
        accountTokens: [
          { account: { id: SELLER }, refundsReceived: "0", refundsGiven: "1000" },
          { account: { id: BUYER }, refundsReceived: "1000", refundsGiven: "0" },
        ],
      }),
      expect(`{ accounts(where: { id: "${SELLER}" }) { refundedSalesCount } }`, {
        accounts: [{ refundedSalesCount: 0 }],
      }),
    ],
  };
}
