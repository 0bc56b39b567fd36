// Dispute expired: the arbiter did not rule in time and the buyer reclaims the escrow.
import {
  ARBITER,
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

export default async function disputeExpired(): Promise<TestCase> {
  const { files, events } = await shop(1000, 5);
  const openedAt = DAY0 + 2000;
  const reclaimedAt = openedAt + 14 * DAY + 1;
  return {
    name: "dispute: expired without a ruling, buyer reclaims",
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
        timestamp: DAY0 + 1000,
        events: [ev("OrderShipped", { ...orderRef(1, 1), confirmDeadline: DAY0 + 1000 + 7 * DAY, trackingCid: "0x" })],
      },
      {
        timestamp: openedAt,
        events: [ev("DisputeOpened", { ...orderRef(1, 1), rulingDeadline: openedAt + 14 * DAY, reasonCid: "0x" })],
      },
      { timestamp: reclaimedAt, events: [ev("DisputeExpired", { ...orderRef(1, 1), refund: 1000 })] },
    ),
    assertions: [
      expect(`{ dispute(id: "${orderHex(1, 1)}") { status closedAt expiredRefund reasonCid ruling { id } } }`, {
        dispute: {
          status: "Expired",
          closedAt: String(reclaimedAt),
          expiredRefund: "1000",
          reasonCid: null,
          ruling: null,
        },
      }),
      expect(`{ order(id: "${orderHex(1, 1)}") { status outcome escrow refunded closedBy } }`, {
        order: { status: "Refunded", outcome: "DisputeExpired", escrow: "0", refunded: "1000", closedBy: BUYER },
      }),
      expect(`{ arbiter(id: "${ARBITER}") { disputeCount rulingCount expiredCount } }`, {
        arbiter: { disputeCount: 1, rulingCount: 0, expiredCount: 1 },
      }),
      expect(`{ orderEvents(where: { type: DisputeExpired }) { actor amount } }`, {
        orderEvents: [{ actor: BUYER, amount: "1000" }],
      }),
    ],
  };
}
