// The buyer cancels an order not shipped by its deadline.
import {
  BUYER,
  DAY,
  DAY0,
  blocks,
  ev,
  expect,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function cancel(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const deadline = DAY0 + 100 + 3 * DAY;
  return {
    name: "order: cancelled by the buyer after the ship deadline",
    files,
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...events,
          orderPlaced({ listingNumber: 1, orderNumber: 1, quantity: 1, amount: 1000, shipDeadline: deadline }),
        ],
      },
      { timestamp: deadline + 1, events: [ev("OrderCancelled", { ...orderRef(1, 1), refund: 1000 })] },
    ),
    assertions: [
      expect(`{ order(id: "${orderHex(1, 1)}") { status outcome escrow refunded closedAt closedBy shipDeadline } }`, {
        order: {
          status: "Refunded",
          outcome: "Cancelled",
          escrow: "0",
          refunded: "1000",
          closedAt: String(deadline + 1),
          closedBy: BUYER,
          shipDeadline: String(deadline),
        },
      }),
      expect(`{ orderEvents { type actor amount } }`, {
        orderEvents: [
          { type: "Placed", actor: BUYER, amount: "1000" },
          { type: "Cancelled", actor: BUYER, amount: "1000" },
        ],
      }),
      // Net figures count the cancellation on its own day, so a chart of them is true.
      expect(
        `{ marketDayDatas(orderBy: date) { ordersPlaced ordersRefunded netOrders }
          sellerDayDatas(orderBy: date) { ordersPlaced ordersRefunded netOrders }
          tokenDayDatas(orderBy: date) { volume refunded netVolume }
          sellerTokenDayDatas(orderBy: date) { volume refunded netVolume } }`,
        {
          marketDayDatas: [
            { ordersPlaced: 1, ordersRefunded: 0, netOrders: 1 },
            { ordersPlaced: 0, ordersRefunded: 1, netOrders: -1 },
          ],
          sellerDayDatas: [
            { ordersPlaced: 1, ordersRefunded: 0, netOrders: 1 },
            { ordersPlaced: 0, ordersRefunded: 1, netOrders: -1 },
          ],
          tokenDayDatas: [
            { volume: "1000", refunded: "0", netVolume: "1000" },
            { volume: "0", refunded: "1000", netVolume: "-1000" },
          ],
          sellerTokenDayDatas: [
            { volume: "1000", refunded: "0", netVolume: "1000" },
            { volume: "0", refunded: "1000", netVolume: "-1000" },
          ],
        },
      ),
    ],
  };
}
