// Orders made and moved along directly on the stack (not through the site), and their sealed
// payloads opened with the content layer: the other party's side of a buying scenario.
import { abis } from "@agora/contracts";
import {
  buildFileCar,
  cidToHex,
  DELIVERY_SCHEMA,
  envelopeContexts,
  kuboRpcTarget,
  MESSAGE_SCHEMA,
  messageFileSchema,
  openEnvelopeText,
  readVerified,
  sealEnvelope,
  SHIPPING_ADDRESS_SCHEMA,
  utf8,
  uploadBuiltCar,
  type X25519Keypair,
} from "@agora/content";
import { parseEventLogs, toHex, type Address } from "viem";
import { publicClient } from "./chain";
import { stackIpfsUrl } from "./ipfs";
import { contracts, send, waitForIndexed } from "./market";
import { subgraphQuery } from "./subgraph";

/** An order as the subgraph has it: what the order page shows and what calls on it pass back. */
export interface IndexedOrder {
  id: string;
  orderId: string;
  status: string;
  amount: string;
  discount: string;
  escrow: string;
  feeBps: number;
  arbiterFeeBps: number;
  shipDeadline: string;
  shippingCid: string | null;
  trackingCid: string | null;
  listing: { id: string; listingId: string };
  seller: { id: string };
  buyer: { id: Address };
  token: { id: Address };
  arbiter: { id: Address };
  dispute: { reasonCid: string | null; status: string } | null;
  messages: { sender: string; senderRole: string; messageCid: string | null }[];
}

const orderFields = `id orderId status amount discount escrow feeBps arbiterFeeBps shipDeadline shippingCid trackingCid
  listing { id listingId } seller { id } buyer { id } token { id } arbiter { id }
  dispute { reasonCid status }
  messages(orderBy: logOrder) { sender senderRole messageCid }`;

/** The order `orderId` (decimal or bigint) as indexed now, or null. */
export async function indexedOrder(orderId: bigint | string): Promise<IndexedOrder | null> {
  const { order } = await subgraphQuery<{ order: IndexedOrder | null }>(
    `query ($id: ID!) { order(id: $id) { ${orderFields} } }`,
    { id: toHex(BigInt(orderId), { size: 32 }) },
  );
  return order;
}

/** The buyer's orders as indexed now, oldest first. */
export async function ordersOf(buyer: Address): Promise<IndexedOrder[]> {
  const { orders } = await subgraphQuery<{ orders: IndexedOrder[] }>(
    `query ($buyer: String!) { orders(where: { buyer: $buyer }, orderBy: orderId) { ${orderFields} } }`,
    { buyer: buyer.toLowerCase() },
  );
  return orders;
}

/** The contract's `Order` struct (what every call on an order passes back) from the indexed order. */
export const termsOf = (order: IndexedOrder) => ({
  buyer: order.buyer.id,
  token: order.token.id,
  amount: BigInt(order.amount),
  feeBps: order.feeBps,
  arbiter: order.arbiter.id,
  arbiterFeeBps: order.arbiterFeeBps,
  shipDeadline: Number(order.shipDeadline),
});

/** The order's status on chain (the contract's `OrderStatus` enum, by name). */
export async function statusOnChain(orderId: bigint | string) {
  const names = ["None", "Paid", "Shipped", "Disputed", "Completed", "Reviewed", "Replied", "Refunded"] as const;
  const [status] = await publicClient().readContract({
    ...(await contracts()).marketplace,
    functionName: "orderStatus",
    args: [BigInt(orderId)],
  });
  return names[status];
}

/** Uploads a JSON value as one file to the stack's IPFS node (as the site's writer does); answers its CID. */
export async function uploadJson(value: unknown): Promise<string> {
  const built = await buildFileCar(utf8(JSON.stringify(value)));
  const { root } = await uploadBuiltCar(kuboRpcTarget({ url: stackIpfsUrl() }), built);
  return root;
}

/** A buyer's purchase of an ETH listing from Node, its address sealed to the seller; answers the indexed order. */
export async function placeOrder({
  buyer,
  listingId,
  sellerKey,
  quantity = 1,
}: {
  buyer: number;
  listingId: string;
  sellerKey: string;
  quantity?: number;
}): Promise<IndexedOrder> {
  const { marketplace } = await contracts();
  const listing = await publicClient().readContract({
    ...marketplace,
    functionName: "getListing",
    args: [BigInt(listingId)],
  });
  const total = listing.price * BigInt(quantity);
  const address = {
    schema: SHIPPING_ADDRESS_SCHEMA,
    name: "Test Buyer",
    line1: "1 Harness Lane",
    city: "Leeds",
    postalCode: "LS1 1AA",
    country: "GB",
  };
  const envelope = sealEnvelope(sellerKey, JSON.stringify(address), {
    context: envelopeContexts.shipping(listingId),
  });
  const receipt = await send(buyer, {
    ...marketplace,
    functionName: "purchase",
    args: [BigInt(listingId), quantity, total, cidToHex(await uploadJson(envelope))],
    value: total,
  });
  const [placed] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "OrderPlaced" });
  await waitForIndexed(receipt.blockNumber);
  const order = await indexedOrder(placed!.args.orderId);
  if (!order) throw new Error(`order ${placed!.args.orderId} was not indexed`);
  return order;
}

/** The seller ships from Node, with tracking details sealed to the buyer's key for this order. */
export async function shipOrder(
  seller: number,
  order: IndexedOrder,
  buyerKey: string,
  tracking: { carrier: string; trackingNumber: string },
) {
  const delivery = { schema: DELIVERY_SCHEMA, kind: "shipment", ...tracking };
  const envelope = sealEnvelope(buyerKey, JSON.stringify(delivery), {
    context: envelopeContexts.delivery(order.orderId),
  });
  const receipt = await send(seller, {
    ...(await contracts()).marketplace,
    functionName: "shipOrder",
    args: [BigInt(order.orderId), termsOf(order), cidToHex(await uploadJson(envelope))],
  });
  await waitForIndexed(receipt.blockNumber);
  return receipt;
}

/** A message posted from Node by one party: its text sealed to each reader's key (the other party and itself). */
export async function postMessage(sender: number, order: IndexedOrder, text: string, readerKeys: readonly string[]) {
  const context = envelopeContexts.message(order.orderId);
  const file = messageFileSchema.parse({
    schema: MESSAGE_SCHEMA,
    envelopes: readerKeys.map((key) => sealEnvelope(key, text, { context })),
  });
  const receipt = await send(sender, {
    ...(await contracts()).marketplace,
    functionName: "postMessage",
    args: [BigInt(order.orderId), termsOf(order), cidToHex(await uploadJson(file))],
  });
  await waitForIndexed(receipt.blockNumber);
  return receipt;
}

/** A message as its reader opens it: the file from IPFS, the envelope that opens with `reader`'s key. */
export async function readMessage(cid: string, orderId: string, reader: X25519Keypair): Promise<string> {
  const bytes = await readVerified(cid, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
  const file = messageFileSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  const context = envelopeContexts.message(orderId);
  for (const envelope of file.envelopes) {
    try {
      return openEnvelopeText(reader.secretKey, envelope, { context });
    } catch {
      // Sealed to the other reader: try the next envelope.
    }
  }
  throw new Error(`no envelope of message ${cid} opens with this key`);
}
