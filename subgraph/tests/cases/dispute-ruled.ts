// Dispute: opened by the buyer, evidence from both sides, ruled by the arbiter with a split.
import {
  ARBITER,
  BUYER,
  DAY,
  DAY0,
  ETH,
  SELLER,
  blocks,
  cid,
  ev,
  expect,
  orderHex,
  orderPlaced,
  orderRef,
  shop,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function disputeRuled(): Promise<TestCase> {
  const { files, events } = await shop(10_000, 5);
  const reason = await cid("reason");
  const photos = await cid("buyer evidence");
  const receipt = await cid("seller evidence");
  const ruling = await cid("ruling");
  const shippedAt = DAY0 + 1000;
  const openedAt = shippedAt + DAY;
  // amount 10,000: arbiter fee 1% = 100; rest 9,900; buyer 40% = 3,960; seller 5,940 - 2.5% fee 148 = 5,792.
  return {
    name: "dispute: opened, evidence from both sides, ruled with a split",
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
            amount: 10_000,
            shipDeadline: DAY0 + 100 + 3 * DAY,
          }),
        ],
      },
      {
        timestamp: shippedAt,
        events: [ev("OrderShipped", { ...orderRef(1, 1), confirmDeadline: shippedAt + 7 * DAY, trackingCid: "0x" })],
      },
      {
        timestamp: openedAt,
        events: [
          ev("DisputeOpened", { ...orderRef(1, 1), rulingDeadline: openedAt + 14 * DAY, reasonCid: reason.bytes }),
        ],
      },
      {
        timestamp: openedAt + 100,
        events: [
          ev("EvidenceSubmitted", { ...orderRef(1, 1), submitter: BUYER, evidenceCid: photos.bytes }),
          ev("EvidenceSubmitted", { ...orderRef(1, 1), submitter: SELLER, evidenceCid: receipt.bytes }),
        ],
      },
      {
        timestamp: openedAt + 2 * DAY,
        events: [
          ev("DisputeRuled", {
            ...orderRef(1, 1),
            arbiter: ARBITER,
            buyerShareBps: 4000,
            buyerAmount: 3960,
            sellerAmount: 5792,
            platformFee: 148,
            arbiterFee: 100,
            rulingCid: ruling.bytes,
          }),
        ],
      },
    ),
    assertions: [
      expect(
        `{ dispute(id: "${orderHex(1, 1)}") { status buyer { id } seller { id } arbiter { id } reasonCid openedAt rulingDeadline
          evidenceCount closedAt expiredRefund evidence(orderBy: logOrder) { submitter submitterRole evidenceCid logIndex }
          ruling { buyerShareBps buyerAmount sellerAmount platformFee arbiterFee rulingCid arbiter { id } } } }`,
        {
          dispute: {
            status: "Ruled",
            buyer: { id: BUYER },
            seller: { id: SELLER },
            arbiter: { id: ARBITER },
            reasonCid: reason.text,
            openedAt: String(openedAt),
            rulingDeadline: String(openedAt + 14 * DAY),
            evidenceCount: 2,
            closedAt: String(openedAt + 2 * DAY),
            expiredRefund: null,
            evidence: [
              { submitter: BUYER, submitterRole: "Buyer", evidenceCid: photos.text, logIndex: "0" },
              { submitter: SELLER, submitterRole: "Seller", evidenceCid: receipt.text, logIndex: "1" },
            ],
            ruling: {
              buyerShareBps: 4000,
              buyerAmount: "3960",
              sellerAmount: "5792",
              platformFee: "148",
              arbiterFee: "100",
              rulingCid: ruling.text,
              arbiter: { id: ARBITER },
            },
          },
        },
      ),
      expect(
        `{ order(id: "${orderHex(1, 1)}") { status outcome escrow refunded sellerAmount platformFee closedBy dispute { id } } }`,
        {
          order: {
            status: "Completed",
            outcome: "Ruled",
            escrow: "0",
            refunded: "3960",
            sellerAmount: "5792",
            platformFee: "148",
            closedBy: ARBITER,
            dispute: { id: orderHex(1, 1) },
          },
        },
      ),
      expect(`{ orderEvents(orderBy: logOrder) { type actor amount cid } }`, {
        orderEvents: [
          { type: "Placed", actor: BUYER, amount: "10000", cid: null },
          { type: "Shipped", actor: SELLER, amount: null, cid: null },
          { type: "DisputeOpened", actor: BUYER, amount: null, cid: reason.text },
          { type: "EvidenceSubmitted", actor: BUYER, amount: null, cid: photos.text },
          { type: "EvidenceSubmitted", actor: SELLER, amount: null, cid: receipt.text },
          { type: "DisputeRuled", actor: ARBITER, amount: "3960", cid: ruling.text },
        ],
      }),
      expect(`{ paymentToken(id: "${ETH}") { escrow refunded platformFees arbiterFees } }`, {
        paymentToken: { escrow: "0", refunded: "3960", platformFees: "148", arbiterFees: "100" },
      }),
      expect(`{ arbiter(id: "${ARBITER}") { disputeCount rulingCount expiredCount disputes { id } } }`, {
        arbiter: { disputeCount: 1, rulingCount: 1, expiredCount: 0, disputes: [{ id: orderHex(1, 1) }] },
      }),
      expect(`{ accounts { id disputedSalesCount disputesOpenedCount completedSalesCount } }`, {
        accounts: [
          { id: SELLER, disputedSalesCount: 1, disputesOpenedCount: 0, completedSalesCount: 1 },
          { id: BUYER, disputedSalesCount: 0, disputesOpenedCount: 1, completedSalesCount: 0 },
          // The arbiter's account (for its profile) exists from its approval.
          { id: ARBITER, disputedSalesCount: 0, disputesOpenedCount: 0, completedSalesCount: 0 },
        ],
      }),
      expect(`{ accountTokens { account { id } sellerEarnings refundsReceived refundsGiven } }`, {
        accountTokens: [
          { account: { id: SELLER }, sellerEarnings: "5792", refundsReceived: "0", refundsGiven: "3960" },
          { account: { id: BUYER }, sellerEarnings: "0", refundsReceived: "3960", refundsGiven: "0" },
        ],
      }),
      expect(`{ marketplaces { disputeCount } sellerDayDatas(orderBy: date) { disputesOpened ordersCompleted } }`, {
        marketplaces: [{ disputeCount: 1 }],
        sellerDayDatas: [
          { disputesOpened: 0, ordersCompleted: 0 },
          { disputesOpened: 1, ordersCompleted: 0 },
          { disputesOpened: 0, ordersCompleted: 1 },
        ],
      }),
    ],
  };
}
