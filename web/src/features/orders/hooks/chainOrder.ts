// The order page's data read from the chain, for when the index is down or far behind. The contract
// keeps only a commitment to an order's terms, so its terms and history come from its event logs
// (every order event indexes the order id; the listing's own events give the price and metadata at
// purchase), its status from `orderStatus`, the windows from their views; what was bought is read
// from IPFS (verified). Mapped into the page query's shape, as the subgraph's handlers would have
// written it, so the page renders with the same components. Loaded with `import()` by useOrder.
import { deployedContract } from "@agora/contracts";
import { encodeEventTopics, toHex } from "viem";
import { readProfileFromChain } from "../../../lib/chain/chainProfile";
import {
  blockTimes,
  type ChainReadOptions,
  cidText,
  decodeLogs,
  logOrder,
  logsInRanges,
  metadataVersionFields,
  paymentToken,
} from "../../../lib/chain/chainReads";
import type { OrderPage, OrderRead } from "./useOrder";

/** The contract's OrderStatus enum, by index, as the subgraph names it. */
const orderStatuses = ["None", "Paid", "Shipped", "Disputed", "Completed", "Reviewed", "Replied", "Refunded"] as const;

const NUMBER_MASK = (1n << 48n) - 1n;

export type ChainOrderOptions = ChainReadOptions;

type Metadata = NonNullable<OrderPage["metadata"]>;

async function metadataAt(
  listingId: string,
  version: number,
  cid: string | null,
  readDocument: ChainOrderOptions["readDocument"],
): Promise<Metadata | null> {
  if (!cid) return null;
  const read = await readDocument(cid).catch(() => null);
  if (!read?.ok) return null;
  return { ...metadataVersionFields(listingId, version, cid, read.document), valid: true };
}

/** The order with its timeline, from the chain and IPFS, and the marketplace's windows; null when the contract has no such order. */
export async function readOrderFromChain({
  client,
  chainId,
  id,
  readDocument,
  readProfile,
}: ChainOrderOptions): Promise<{
  read: OrderRead | null;
  /** The chain head's time (unix seconds): deadlines are checked against it. */
  chainTime: bigint;
}> {
  const market = deployedContract(chainId, "Marketplace");
  if (!market) throw new Error(`The marketplace is not deployed on chain ${chainId}`);
  const contract = { address: market.address, abi: market.abi } as const;
  const orderId = BigInt(id);
  const listingId = orderId & ~NUMBER_MASK;
  const [[statusIndex], head, confirmationWindow, rulingWindow] = await Promise.all([
    client.readContract({ ...contract, functionName: "orderStatus", args: [orderId] }),
    client.getBlock({ blockTag: "latest" }),
    client.readContract({ ...contract, functionName: "confirmationWindow" }),
    client.readContract({ ...contract, functionName: "rulingWindow" }),
  ]);
  const status = orderStatuses[statusIndex];
  if (status === undefined || status === "None") return { read: null, chainTime: head.timestamp };

  const orderTopic = toHex(orderId, { size: 32 });
  const listingTopic = toHex(listingId, { size: 32 });
  const [couponRedeemed] = encodeEventTopics({ abi: market.abi, eventName: "CouponRedeemed" });
  const range = { address: market.address, fromBlock: BigInt(market.deployedOnBlock), toBlock: head.number };
  // The order's events and its listing's (both index the id first); coupons index the order second.
  const [own, coupons] = await Promise.all([
    logsInRanges(client, { ...range, topics: [null, [orderTopic, listingTopic]] }),
    logsInRanges(client, { ...range, topics: [couponRedeemed!, null, orderTopic] }),
  ]);
  const events = decodeLogs(market.abi, [...own, ...coupons]);
  const placedAt = events.findIndex((event) => event.eventName === "OrderPlaced");
  const placed = events[placedAt];
  if (!placed || placed.eventName !== "OrderPlaced") {
    throw new Error(
      `The chain has order ${id} but not its OrderPlaced event in blocks ${range.fromBlock}–${range.toBlock}`,
    );
  }
  const times = await blockTimes(
    client,
    events.slice(placedAt).map((event) => event.blockNumber),
  );
  const timeOf = (event: { blockNumber: bigint }) => (times.get(event.blockNumber) ?? 0n).toString();

  // The listing as it was at purchase: its price and metadata version then, and its current metadata.
  let unitPrice = 0n;
  const cids: (string | null)[] = [];
  for (const event of events.slice(0, placedAt)) {
    if (event.eventName === "ListingCreated" || event.eventName === "ListingUpdated") unitPrice = event.args.price;
    if (event.eventName === "ListingCreated" || event.eventName === "ListingMetadataUpdated")
      cids.push(cidText(event.args.metadataCid));
  }
  const purchasedVersion = cids.length;
  let latestVersion = purchasedVersion;
  let latestCid = cids.at(-1) ?? null;
  for (const event of events.slice(placedAt)) {
    if (event.eventName === "ListingMetadataUpdated") {
      latestVersion += 1;
      latestCid = cidText(event.args.metadataCid);
    }
  }
  const { args: terms } = placed;
  const buyer = terms.buyer.toLowerCase();
  const seller = terms.seller.toLowerCase();
  const arbiter = terms.arbiter.toLowerCase();
  const roleOf = (account: string) =>
    account.toLowerCase() === buyer ? "Buyer" : account.toLowerCase() === seller ? "Seller" : "Arbiter";
  const listingHex = listingTopic.toLowerCase();
  const [metadata, current, token, sellerProfile] = await Promise.all([
    metadataAt(listingHex, purchasedVersion, cids.at(-1) ?? null, readDocument),
    metadataAt(listingHex, latestVersion, latestCid, readDocument),
    paymentToken(client, terms.token),
    readProfileFromChain(client, chainId, terms.seller, head.number, readProfile),
  ]);

  const order: OrderPage = {
    id: orderTopic.toLowerCase(),
    orderId: orderId.toString(),
    orderNumber: (orderId & NUMBER_MASK).toString(),
    status,
    outcome: null,
    quantity: terms.quantity.toString(),
    unitPrice: (unitPrice || terms.amount / BigInt(Math.max(terms.quantity, 1))).toString(),
    discount: "0",
    amount: terms.amount.toString(),
    escrow: terms.amount.toString(),
    refunded: "0",
    sellerAmount: "0",
    platformFee: "0",
    feeBps: terms.feeBps,
    arbiterFeeBps: terms.arbiterFeeBps,
    shipDeadline: terms.shipDeadline.toString(),
    confirmDeadline: null,
    shippingCid: cidText(terms.shippingCid),
    trackingCid: null,
    placedAt: timeOf(placed),
    shippedAt: null,
    closedAt: null,
    closedBy: null,
    metadataCid: cids.at(-1) ?? null,
    metadataVersion: purchasedVersion,
    metadata,
    token,
    buyer: { id: buyer },
    seller: { id: seller, profile: sellerProfile ? [sellerProfile] : [] },
    // The arbiter's profile is the index's: the page falls back to its address.
    arbiter: { id: arbiter, account: { profile: [] } },
    listing: {
      listingNumber: ((listingId >> 48n) & NUMBER_MASK).toString(),
      id: listingHex,
      current: current ? [current] : [],
    },
    coupon: null,
    events: [],
    messages: [],
    dispute: null,
    review: null,
  };
  let refunded = 0n;
  const close = (event: { blockNumber: bigint }, outcome: NonNullable<OrderPage["outcome"]>, by: string) => {
    order.outcome = outcome;
    order.escrow = "0";
    order.closedAt = timeOf(event);
    order.closedBy = by.toLowerCase();
  };
  for (const event of events.slice(placedAt)) {
    const timestamp = timeOf(event);
    const entry = {
      id: `${event.transactionHash}${event.logIndex.toString(16).padStart(8, "0")}`,
      timestamp,
      logOrder: logOrder(event.blockNumber, event.logIndex).toString(),
    };
    const record = (
      type: OrderPage["events"][number]["type"],
      actor: string,
      amount: bigint | null,
      cid: string | null,
    ) => order.events.push({ ...entry, type, actor: actor.toLowerCase(), amount: amount?.toString() ?? null, cid });
    switch (event.eventName) {
      case "OrderPlaced":
        record("Placed", buyer, terms.amount, order.shippingCid);
        break;
      case "CouponRedeemed":
        order.discount = event.args.discount.toString();
        order.coupon = { discount: order.discount, timestamp };
        record("CouponRedeemed", buyer, event.args.discount, null);
        break;
      case "OrderShipped":
        order.shippedAt = timestamp;
        order.trackingCid = cidText(event.args.trackingCid);
        order.confirmDeadline = event.args.confirmDeadline.toString();
        record("Shipped", seller, null, order.trackingCid);
        break;
      case "OrderConfirmed":
        order.sellerAmount = event.args.sellerAmount.toString();
        order.platformFee = event.args.platformFee.toString();
        close(event, "Confirmed", buyer);
        record("Confirmed", buyer, event.args.sellerAmount, null);
        break;
      case "OrderReleased":
        order.sellerAmount = event.args.sellerAmount.toString();
        order.platformFee = event.args.platformFee.toString();
        close(event, "ReleasedByTimeout", event.args.caller);
        record("Released", event.args.caller, event.args.sellerAmount, null);
        break;
      case "OrderRefunded":
        refunded += event.args.refund;
        order.escrow = event.args.remaining.toString();
        if (event.args.remaining === 0n) close(event, "RefundedBySeller", seller);
        record("Refunded", seller, event.args.refund, null);
        break;
      case "OrderCancelled":
        refunded += event.args.refund;
        close(event, "Cancelled", buyer);
        record("Cancelled", buyer, event.args.refund, null);
        break;
      case "MessagePosted": {
        const cid = cidText(event.args.messageCid);
        order.messages.push({
          ...entry,
          sender: event.args.sender.toLowerCase(),
          senderRole: roleOf(event.args.sender),
          messageCid: cid,
        });
        record("MessagePosted", event.args.sender, null, cid);
        break;
      }
      case "DisputeOpened": {
        const reasonCid = cidText(event.args.reasonCid);
        order.dispute = {
          status: "Open",
          reasonCid,
          openedAt: timestamp,
          rulingDeadline: event.args.rulingDeadline.toString(),
          closedAt: null,
          expiredRefund: null,
          evidence: [],
          ruling: null,
        };
        record("DisputeOpened", buyer, null, reasonCid);
        break;
      }
      case "EvidenceSubmitted": {
        const evidenceCid = cidText(event.args.evidenceCid);
        order.dispute?.evidence.push({
          ...entry,
          submitter: event.args.submitter.toLowerCase(),
          submitterRole: roleOf(event.args.submitter),
          evidenceCid,
        });
        record("EvidenceSubmitted", event.args.submitter, null, evidenceCid);
        break;
      }
      case "DisputeRuled": {
        const { args } = event;
        const rulingCid = cidText(args.rulingCid);
        refunded += args.buyerAmount;
        order.sellerAmount = args.sellerAmount.toString();
        order.platformFee = args.platformFee.toString();
        if (order.dispute) {
          order.dispute.status = "Ruled";
          order.dispute.closedAt = timestamp;
          order.dispute.ruling = {
            buyerShareBps: args.buyerShareBps,
            buyerAmount: args.buyerAmount.toString(),
            sellerAmount: args.sellerAmount.toString(),
            platformFee: args.platformFee.toString(),
            arbiterFee: args.arbiterFee.toString(),
            rulingCid,
            timestamp,
          };
        }
        close(event, "Ruled", args.arbiter);
        record("DisputeRuled", args.arbiter, args.buyerAmount, rulingCid);
        break;
      }
      case "DisputeExpired":
        refunded += event.args.refund;
        if (order.dispute) {
          order.dispute.status = "Expired";
          order.dispute.closedAt = timestamp;
          order.dispute.expiredRefund = event.args.refund.toString();
        }
        close(event, "DisputeExpired", buyer);
        record("DisputeExpired", buyer, event.args.refund, null);
        break;
      case "ReviewSubmitted": {
        const reviewCid = cidText(event.args.reviewCid);
        // The review's text is the index's (a file it reads); the rating and the CID are on chain.
        order.review = { rating: event.args.rating, reviewCid, timestamp, content: null, reply: null };
        record("Reviewed", buyer, null, reviewCid);
        break;
      }
      case "ReviewReplied": {
        const replyCid = cidText(event.args.replyCid);
        if (order.review) order.review.reply = { timestamp, content: null };
        record("ReviewReplied", seller, null, replyCid);
        break;
      }
      default:
        break;
    }
  }
  order.refunded = refunded.toString();
  return {
    read: { order, windows: { confirmationWindow: Number(confirmationWindow), rulingWindow: Number(rulingWindow) } },
    chainTime: head.timestamp,
  };
}
