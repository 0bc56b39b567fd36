// The buyer's side of fulfilment, done directly on the stack (not through the site): confirm receipt,
// review with a photo; the seller's reply from Node; a delivery opened with the buyer's key.
import {
  buildFileCar,
  cidToHex,
  deliverySchema,
  envelopeContexts,
  kuboRpcTarget,
  openEnvelopeText,
  publishDocument,
  readVerified,
  REVIEW_SCHEMA,
  uploadBuiltCar,
  utf8,
  type Delivery,
  type X25519Keypair,
} from "@agora/content";
import { illustrationSvg, renderPng } from "@agora/devnet";
import { stackIpfsUrl } from "./ipfs";
import { contracts, send, waitForIndexed } from "./market";
import { termsOf, type IndexedOrder } from "./orders";
import { subgraphQuery } from "./subgraph";

const target = () => kuboRpcTarget({ url: stackIpfsUrl() });

/** Polls the subgraph until `probe` answers true (a file data source lands a moment after its block). */
async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000) {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The buyer confirms receipt from Node: the seller is paid the escrow minus the platform fee. */
export async function confirmOrder(buyer: number, order: IndexedOrder) {
  const receipt = await send(buyer, {
    ...(await contracts()).marketplace,
    functionName: "confirmReceipt",
    args: [BigInt(order.orderId), termsOf(order)],
  });
  await waitForIndexed(receipt.blockNumber);
  return receipt;
}

/** A review's photo: a small rendered PNG. */
export const reviewPhoto = () =>
  renderPng(illustrationSvg("lamp", { main: "#6a4c93", accent: "#f2c14e", backdrop: ["#f4f1ea", "#d9cbb0"] }));

/** The buyer reviews a completed order from Node, with one photo; waits until the index has read it. */
export async function reviewOrder(
  buyer: number,
  order: IndexedOrder,
  review: { rating: number; title: string; body: string; photoAlt: string },
) {
  const { order: indexed } = await subgraphQuery<{ order: { metadataCid: string } }>(
    "query ($id: ID!) { order(id: $id) { metadataCid } }",
    { id: order.id },
  );
  const { root } = await publishDocument(
    target(),
    "review",
    {
      schema: REVIEW_SCHEMA,
      orderId: order.orderId,
      listing: indexed.metadataCid,
      rating: review.rating,
      title: review.title,
      body: review.body,
      images: [{ path: "photo-1.png", alt: review.photoAlt }],
    },
    [{ path: "photo-1.png", content: reviewPhoto() }],
  );
  const receipt = await send(buyer, {
    ...(await contracts()).marketplace,
    functionName: "submitReview",
    args: [BigInt(order.orderId), review.rating, cidToHex(String(root))],
  });
  await waitForIndexed(receipt.blockNumber);
  await until("the review's document", async () => {
    const { order: read } = await subgraphQuery<{ order: { review: { content: { valid: boolean } | null } | null } }>(
      "query ($id: ID!) { order(id: $id) { review { content { valid } } } }",
      { id: order.id },
    );
    return read.review?.content?.valid === true;
  });
  return String(root);
}

/** The seller replies from Node (a bare UTF-8 text file); waits until the index has read it. */
export async function replyFromNode(seller: number, order: IndexedOrder, text: string) {
  const { root } = await uploadBuiltCar(target(), await buildFileCar(utf8(text)));
  const receipt = await send(seller, {
    ...(await contracts()).marketplace,
    functionName: "replyToReview",
    args: [BigInt(order.orderId), cidToHex(root)],
  });
  await waitForIndexed(receipt.blockNumber);
  await until("the reply's text", async () => (await indexedReply(order.id)) !== null);
}

/** The reply's text as indexed, or null while there is none (or it is not read yet). */
export async function indexedReply(orderId: string): Promise<string | null> {
  const { order } = await subgraphQuery<{
    order: { review: { reply: { content: { text: string | null } | null } | null } | null };
  }>("query ($id: ID!) { order(id: $id) { review { reply { content { text } } } } }", { id: orderId });
  return order.review?.reply?.content?.text ?? null;
}

/** The buyer's side of a delivery: the envelope at `cid` opened with their key for this order. */
export async function openDelivery(cid: string, orderId: string, buyer: X25519Keypair): Promise<Delivery> {
  const bytes = await readVerified(cid, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
  const text = openEnvelopeText(buyer.secretKey, JSON.parse(new TextDecoder().decode(bytes)), {
    context: envelopeContexts.delivery(orderId),
  });
  return deliverySchema.parse(JSON.parse(text));
}
