// Release by timeout: a keeper releases a shipped order after the confirmation window.
import {
  BUYER,
  DAY,
  DAY0,
  KEEPER,
  SELLER,
  blocks,
  ev,
  expect,
  fee,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function releaseTimeout(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const shippedAt = DAY0 + 1000;
  return {
    name: "order: released by anyone after the confirmation window",
    files,
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...events,
          orderPlaced({
            listingNumber: 1,
            orderNumber: 1,
            quantity: 1,
            amount: 1000,
            shipDeadline: DAY0 + 100 + 3 * DAY,
          }),
        ],
      },
      {
        timestamp: shippedAt,
        events: [ev("OrderShipped", { ...orderRef(1, 1), confirmDeadline: shippedAt + 7 * DAY, trackingCid: "0x" })],
      },
      {
        timestamp: shippedAt + 7 * DAY + 1,
        events: [
          ev("OrderReleased", {
            ...orderRef(1, 1),
            caller: KEEPER,
            sellerAmount: 1000 - fee(1000),
            platformFee: fee(1000),
          }),
        ],
      },
    ),
    assertions: [
      expect(
        `{ order(id: "${orderHex(1, 1)}") { status outcome closedBy sellerAmount platformFee escrow trackingCid } }`,
        {
          order: {
            status: "Completed",
            outcome: "ReleasedByTimeout",
            closedBy: KEEPER,
            sellerAmount: "975",
            platformFee: "25",
            escrow: "0",
            trackingCid: null,
          },
        },
      ),
      expect(`{ orderEvents { type actor amount } }`, {
        orderEvents: [
          { type: "Placed", actor: BUYER, amount: "1000" },
          { type: "Shipped", actor: SELLER, amount: null },
          { type: "Released", actor: KEEPER, amount: "975" },
        ],
      }),
      expect(`{ accounts(where: { id: "${SELLER}" }) { completedSalesCount } }`, {
        accounts: [{ completedSalesCount: 1 }],
      }),
    ],
  };
}
