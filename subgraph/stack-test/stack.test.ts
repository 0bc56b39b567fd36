// The subgraph on a real stack: a private anvil with the contracts, the local IPFS node, the demo
// catalogue's transactions (listings, cart, coupon, ship, confirm, dispute, refund, review), a
// real graph-node on its own Postgres. Every expectation is derived from the catalogue data or read
// from the chain, then compared with graph-node's GraphQL answers.
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublicClient, http, type Address, type PublicClient } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { abis } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";
import {
  anvilService,
  demoBuyers,
  demoListings,
  demoSellers,
  deployService,
  DEV_MNEMONIC,
  graphNodeService,
  ipfsService,
  postgresService,
  privateStackContext,
  removeStackState,
  seedService,
  startStack,
  type RunningStack,
  type SeedSummary,
  type StackContext,
} from "@agora/devnet";

/** The contract's OrderStatus enum, in declaration order; the subgraph uses the same names. */
const ORDER_STATUS = ["None", "Paid", "Shipped", "Disputed", "Completed", "Reviewed", "Replied", "Refunded"] as const;

let ctx: StackContext;
let chainStack: RunningStack;
let indexerStack: RunningStack | undefined;
let client: PublicClient;
let deployment: DeploymentFile;
let seed: SeedSummary;
let marketplace: Address;

const addressOf = (index: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index }).address.toLowerCase();
const allListings = Object.entries(demoListings).flatMap(([seller, items]) =>
  items.map((item) => ({ ...item, seller: addressOf(Number(seller)) })),
);
const orderIdHex = (orderId: string) => `0x${BigInt(orderId).toString(16).padStart(64, "0")}`;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ctx.urls.graphql!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join("; "));
  return body.data!;
}

/** Waits until graph-node has indexed the chain head and every listing's metadata file. */
async function waitForIndex(): Promise<number> {
  const head = Number(await client.getBlockNumber());
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const data = await gql<{ _meta: { block: { number: number } }; listingMetadata_collection: { id: string }[] }>(
      "{ _meta { block { number } } listingMetadata_collection(first: 1000) { id } }",
    ).catch(() => undefined);
    if (data && data._meta.block.number >= head && data.listingMetadata_collection.length >= allListings.length) {
      return data._meta.block.number;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`graph-node did not index block ${head} and ${allListings.length} metadata files in time`);
}

function postgresProcesses(): string[] {
  try {
    // As root the data lives outside the state folder, behind the <state>/postgres symlink.
    const dataDir = path.join(realpathSync(path.join(ctx.stateDir, "postgres")), "data");
    return execFileSync("pgrep", ["-f", `postgres -D ${dataDir}`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
}

beforeAll(async () => {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-subgraph-stack-"));
  ctx = await privateStackContext(stateDir);
  chainStack = await startStack(
    [anvilService({ persist: false, blockTime: 1 }), deployService(), ipfsService, seedService()],
    ctx,
  );
  indexerStack = await startStack([postgresService(), graphNodeService()], ctx);
  client = createPublicClient({ transport: http(ctx.urls.rpc) });
  deployment = ctx.deployment!;
  seed = JSON.parse(await readFile(path.join(stateDir, "seed.json"), "utf8")) as SeedSummary;
  marketplace = deployment.contracts.Marketplace!.address;
  await waitForIndex();
}, 240_000);

afterAll(async () => {
  await indexerStack?.stop();
  await chainStack?.stop();
  if (ctx) await removeStackState(ctx.stateDir);
}, 60_000);

describe("listings", () => {
  it("indexes every listing with its metadata from IPFS", async () => {
    const { listings } = await gql<{
      listings: {
        seller: { id: string };
        status: string;
        price: string;
        metadata: { name: string; valid: boolean; images: string[] };
      }[];
    }>("{ listings(first: 100) { seller { id } status price metadata { name valid images } } }");
    expect(listings).toHaveLength(allListings.length);
    for (const demo of allListings) {
      const indexed = listings.find((listing) => listing.metadata?.name === demo.metadata.name);
      expect(indexed, demo.metadata.name).toBeDefined();
      expect(indexed!.seller.id).toBe(demo.seller);
      expect(indexed!.status).toBe("Active");
      expect(indexed!.metadata.valid).toBe(true);
      expect(indexed!.metadata.images).toEqual(["photo-1.png", "photo-2.png"]);
    }
  });

  it("filters with where, sorts with orderBy and pages with first/skip", async () => {
    const seller = addressOf(demoSellers[0]!.index);
    const usdc = deployment.contracts.MockUSDC!.address.toLowerCase();
    const query = `query ($seller: String!, $token: String!, $first: Int!, $skip: Int!) {
      listings(where: { seller: $seller, token: $token }, orderBy: price, orderDirection: desc, first: $first, skip: $skip) {
        price metadata { name }
      }
    }`;
    type Page = { listings: { price: string; metadata: { name: string } }[] };
    const expected = allListings
      .filter((listing) => listing.seller === seller && listing.token === "USDC")
      .sort((a, b) => Number(b.price) - Number(a.price))
      .map((listing) => listing.metadata.name);
    const whole = await gql<Page>(query, { seller, token: usdc, first: 100, skip: 0 });
    expect(whole.listings.map((listing) => listing.metadata.name)).toEqual(expected);
    const first = await gql<Page>(query, { seller, token: usdc, first: 2, skip: 0 });
    const second = await gql<Page>(query, { seller, token: usdc, first: 2, skip: 2 });
    expect([...first.listings, ...second.listings].map((listing) => listing.metadata.name)).toEqual(
      expected.slice(0, 4),
    );
  });

  it("browses a category through the metadata, newest first", async () => {
    const expected = allListings
      .filter((listing) => listing.metadata.category === "home")
      .map((listing) => listing.metadata.name);
    const { listings } = await gql<{ listings: { createdAtBlock: string; metadata: { name: string } }[] }>(
      `{ listings(where: { metadata_: { category: "home", valid: true } }, orderBy: createdAtBlock, orderDirection: desc, first: 24) {
          createdAtBlock metadata { name } } }`,
    );
    expect(new Set(listings.map((listing) => listing.metadata.name))).toEqual(new Set(expected));
    const blocks = listings.map((listing) => Number(listing.createdAtBlock));
    expect(blocks).toEqual([...blocks].sort((a, b) => b - a));
  });

  it("finds listings by full-text search over name and description", async () => {
    const { listingSearch } = await gql<{ listingSearch: { name: string }[] }>(
      '{ listingSearch(text: "lamp") { name } }',
    );
    const expected = allListings
      .filter((listing) => /\blamps?\b/i.test(`${listing.metadata.name} ${listing.metadata.description}`))
      .map((listing) => listing.metadata.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(listingSearch.map((hit) => hit.name))).toEqual(new Set(expected));
  });
});

describe("orders", () => {
  it("matches the chain's status for every seeded order", async () => {
    const ids = Object.values(seed.orders).flatMap((ids) => ids.split(","));
    for (const id of ids) {
      const [status] = await client.readContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "orderStatus",
        args: [BigInt(id)],
      });
      const { order } = await gql<{ order: { status: string } | null }>(
        `{ order(id: "${orderIdHex(id)}") { status } }`,
      );
      expect(order?.status, `order ${id}`).toBe(ORDER_STATUS[status]);
    }
  });

  it("keeps each order's timeline of events", async () => {
    const { order } = await gql<{
      order: { events: { type: string }[]; review: { rating: number; reply: { id: string } | null } };
    }>(
      `{ order(id: "${orderIdHex(seed.orders.reviewed!)}") { events(orderBy: logOrder) { type } review { rating reply { id } } } }`,
    );
    expect(order.events.map((event) => event.type)).toEqual([
      "Placed",
      "Shipped",
      "Confirmed",
      "Reviewed",
      "ReviewReplied",
    ]);
    expect(order.review.rating).toBe(5);
    expect(order.review.reply).not.toBeNull();
  });

  it("records the dispute with evidence from both sides", async () => {
    const { order } = await gql<{
      order: { status: string; dispute: { status: string; evidenceCount: number; evidence: { submitter: string }[] } };
    }>(
      `{ order(id: "${orderIdHex(seed.orders.disputed!)}") { status dispute { status evidenceCount evidence { submitter } } } }`,
    );
    expect(order.status).toBe("Disputed");
    expect(order.dispute.status).toBe("Open");
    expect(order.dispute.evidenceCount).toBe(1);
    expect(order.dispute.evidence.map((item) => item.submitter)).toEqual([addressOf(demoSellers[0]!.index)]);
  });

  it("accounts for a partial refund", async () => {
    const { order } = await gql<{ order: { amount: string; escrow: string; refunded: string } }>(
      `{ order(id: "${orderIdHex(seed.orders.partlyRefunded!)}") { amount escrow refunded } }`,
    );
    expect(BigInt(order.refunded)).toBeGreaterThan(0n);
    expect(BigInt(order.refunded) + BigInt(order.escrow)).toBe(BigInt(order.amount));
  });

  it("links the cart's coupon redemptions to the discounted lines", async () => {
    const cartIds = seed.orders.cart!.split(",");
    const { orders } = await gql<{ orders: { id: string; discount: string; coupon: { discount: string } | null }[] }>(
      `{ orders(where: { id_in: [${cartIds.map((id) => `"${orderIdHex(id)}"`).join(",")}] }) { id discount coupon { discount } } }`,
    );
    expect(orders).toHaveLength(cartIds.length);
    const discounted = orders.filter((order) => order.coupon !== null);
    expect(discounted).toHaveLength(2);
    for (const order of discounted) expect(order.coupon!.discount).toBe(order.discount);
  });
});

describe("accounts", () => {
  it("agrees with the contract's on-chain reputation for every seller", async () => {
    for (const seller of demoSellers) {
      const address = addressOf(seller.index) as Address;
      const [count, sum] = await client.readContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "reputationOf",
        args: [address],
      });
      const { account } = await gql<{ account: { ratingCount: number; ratingSum: number; profileCid: string | null } }>(
        `{ account(id: "${address}") { ratingCount ratingSum profileCid } }`,
      );
      expect([account.ratingCount, account.ratingSum]).toEqual([Number(count), Number(sum)]);
      expect(account.profileCid).toMatch(/^b/);
    }
    const buyer = addressOf(demoBuyers[0]!.index);
    const { account } = await gql<{ account: { purchaseCount: number } }>(
      `{ account(id: "${buyer}") { purchaseCount } }`,
    );
    expect(account.purchaseCount).toBeGreaterThan(0);
  });
});

describe("graph-node restarts", () => {
  it("answers the same after a restart, and leaves no Postgres behind when stopped", async () => {
    const snapshot = `{ _meta { block { number } } listings(first: 100, orderBy: id) { id price stock status metadata { name } }
      orders(first: 100, orderBy: id) { id status escrow refunded } accounts(first: 100, orderBy: id) { id ratingCount salesCount } }`;
    type Snapshot = { _meta: { block: { number: number } } } & Record<string, unknown>;
    const before = await gql<Snapshot>(snapshot);
    await indexerStack!.stop();
    indexerStack = undefined;
    expect(postgresProcesses()).toEqual([]);
    indexerStack = await startStack([postgresService(), graphNodeService()], ctx);
    // graph-node may answer from its last persisted block before it has caught up again.
    await waitForIndex();
    const after = await gql<Snapshot>(snapshot);
    const { _meta: metaBefore, ...restBefore } = before;
    const { _meta: metaAfter, ...restAfter } = after;
    expect(metaAfter.block.number).toBeGreaterThanOrEqual(metaBefore.block.number);
    expect(restAfter).toEqual(restBefore);
  }, 120_000);
});
