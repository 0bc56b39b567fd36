// Issue 5's subgraph benchmarks, on a private stack in a temp dir (always stopped and removed):
//
// 1. graph-node (gnd dev) starts on the freshly deployed chain and is synced before any load.
// 2. Load: 1,000 listings (10 sellers, 40 IPFS listing directories reused, every category) and
//    10,000 ETH purchases (20 buyers), 100 transactions a block with automine off. The chain takes
//    seconds; graph-node falls far behind and indexes the rest as a backlog. Events/s is measured
//    from the first load block being mined to `_meta.block.number` reaching the last one.
//    (Starting graph-node after the load would measure the same backlog, but gnd's start-up waits
//    for sync within a fixed 120 s, which this load does not fit on a 2-core machine.)
// 3. GraphQL: p95 and median of the browse query and of a seller's order list, full HTTP round
//    trips. Every run has its own alias, so graph-node's query cache never answers for the store.
// 4. Mined → queryable: with automine back on, fresh purchases timed from the receipt's arrival
//    to the order being returned by GraphQL.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { kuboRpcTarget, listingCategories, publishDocument, utf8, type ListingMetadataInput } from "@agora/content";
import { abis } from "@agora/contracts";
import {
  anvilService,
  deployService,
  DEV_MNEMONIC,
  graphNodeService,
  ipfsService,
  postgresService,
  privateStackContext,
  removeStackState,
  startStack,
  type RunningStack,
} from "@agora/devnet";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";
import {
  createPublicClient,
  createTestClient,
  encodeFunctionData,
  http,
  parseEther,
  parseEventLogs,
  toHex,
  type Address,
  type Hash,
  type Hex,
  type TransactionReceipt,
  zeroAddress,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { anvil } from "viem/chains";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** A positive integer from the environment (for smaller exploratory runs), else `fallback`. */
function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

const LISTINGS = envCount("AGORA_BENCH_LISTINGS", 1_000);
const ORDERS = envCount("AGORA_BENCH_ORDERS", 10_000);
const SELLERS = 10;
const BUYERS = 20;
/** Distinct listing directories on IPFS; listings reuse their CIDs. */
const DOCUMENTS = 40;
const TXS_PER_BLOCK = 100;
/** Gas limit of each load transaction (both use under 100k); 100 of them fit a 30M block. */
const TX_GAS = 250_000n;
const STOCK = 100_000;
const ARBITER_INDEX = 9;
/** Bench accounts: HD indexes of the dev mnemonic well above anvil's ten funded ones. */
const SELLER_INDEX = 100;
const BUYER_INDEX = 200;
const BROWSE_CATEGORY = "home";
const QUERY_RUNS = 60;
const LATENCY_RUNS = 10;
const POLL_MS = 20;

/** A valid 1×1 PNG, the cover of every bench listing. */
const PNG_1x1 = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cidBytes = (cid: string): Hex => toHex(CID.parse(cid).bytes);
const count = (n: number) => n.toLocaleString("en-US");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const BROWSE_QUERY = (alias: string) => `query Browse($category: String!) {
  ${alias}: listings(
    first: 24
    orderBy: createdAt
    orderDirection: desc
    where: { status: Active, metadata_: { category: $category, valid: true } }
  ) {
    id
    price
    stock
    createdAt
    metadataCid
    seller { id }
    token { id }
    metadata { name category coverImage }
  }
}`;

const SELLER_ORDERS_QUERY = (alias: string) => `query SellerOrders($seller: String!) {
  ${alias}: orders(first: 50, orderBy: placedAt, orderDirection: desc, where: { seller: $seller }) {
    id
    orderId
    status
    quantity
    amount
    placedAt
    buyer { id }
    listing { id price metadata { name coverImage } }
  }
}`;

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
  }
  return body.data;
}

/** Listing metadata documents: every category, the digital one digital, all valid. */
function benchDocument(index: number): ListingMetadataInput {
  const category = listingCategories[index % listingCategories.length]!;
  const digital = category === "digital";
  return {
    schema: "agora/listing@1",
    name: `Bench item ${index} (${category})`,
    description: `A listing directory of the subgraph benchmark, number ${index}. ${"Plain words. ".repeat(20)}`,
    category,
    condition: digital ? "not-applicable" : "new",
    images: [{ path: "cover.png", alt: `Bench item ${index}` }],
    attributes: [{ name: "Batch", value: String(index) }],
    variants: [],
    kind: digital ? "digital" : "physical",
    ...(digital ? {} : { shipping: { regions: ["EU"], handlingDays: 2 } }),
  };
}

export async function subgraphBench(): Promise<BenchResult[]> {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-bench-subgraph-"));
  const stacks: RunningStack[] = [];
  try {
    const ctx = await privateStackContext(stateDir);
    // No block time: the load is mined in explicit batches, and the bench mines the blocks that
    // flush file data sources itself.
    stacks.push(
      await startStack(
        [anvilService({ persist: false }), deployService(), ipfsService, postgresService(), graphNodeService()],
        ctx,
      ),
    );
    const graphqlUrl = ctx.urls.graphql!;
    const rpc = ctx.urls.rpc!;
    const deployment = ctx.deployment!;
    const marketplace = deployment.contracts.Marketplace;
    if (!marketplace) throw new Error("the deployment has no Marketplace");
    const chain = { ...anvil, rpcUrls: { default: { http: [rpc] } } };
    const publicClient = createPublicClient({ chain, transport: http(rpc) });
    // Batched transport: the transactions of one block go to anvil in one HTTP request.
    const testClient = createTestClient({ mode: "anvil", chain, transport: http(rpc, { batch: { batchSize: 200 } }) });

    // --- Load ---------------------------------------------------------------------------------
    const target = kuboRpcTarget({ url: ctx.urls.ipfs! });
    const documents: { cid: string; category: string }[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const document = benchDocument(i);
      const { root } = await publishDocument(target, "listing", document, [{ path: "cover.png", content: PNG_1x1 }]);
      documents.push({ cid: String(root), category: document.category });
    }
    const address = (index: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index }).address;
    const arbiter = address(ARBITER_INDEX);
    const sellers = Array.from({ length: SELLERS }, (_, i) => address(SELLER_INDEX + i));
    const buyers = Array.from({ length: BUYERS }, (_, i) => address(BUYER_INDEX + i));
    for (const account of [...sellers, ...buyers]) {
      await testClient.setBalance({ address: account, value: parseEther("10000") });
    }
    const nonces = new Map<Address, number>();
    const nextNonce = (from: Address) => {
      const nonce = nonces.get(from) ?? 0;
      nonces.set(from, nonce + 1);
      return nonce;
    };

    await testClient.setAutomine(false);
    const loadStarted = performance.now();
    let firstLoadBlockAt: number | undefined;
    let blocks = 0;
    /** Sends the calls in one HTTP batch and mines until all of them are in blocks. */
    const mineBatch = async (calls: { from: Address; data: Hex; value?: bigint }[]) => {
      const hashes = await Promise.all(
        calls.map((call) =>
          testClient.sendUnsignedTransaction({
            from: call.from,
            to: marketplace.address,
            data: call.data,
            value: call.value ?? 0n,
            gas: TX_GAS,
            nonce: nextNonce(call.from),
          }),
        ),
      );
      let included = 0;
      for (let attempt = 0; included < hashes.length; attempt++) {
        if (attempt === 5) throw new Error(`only ${included} of ${hashes.length} transactions were mined`);
        await testClient.mine({ blocks: 1 });
        firstLoadBlockAt ??= performance.now();
        blocks++;
        included += await publicClient.getBlockTransactionCount({ blockTag: "latest" });
      }
    };

    const listingCalls = Array.from({ length: LISTINGS }, (_, i) => {
      const document = documents[i % DOCUMENTS]!;
      return {
        from: sellers[i % SELLERS]!,
        data: encodeFunctionData({
          abi: abis.Marketplace,
          functionName: "createListing",
          args: [
            zeroAddress,
            parseEther("0.001") * BigInt(1 + (i % 50)),
            STOCK,
            arbiter,
            7 * 24 * 60 * 60,
            cidBytes(document.cid),
          ],
        }),
      };
    });
    for (let i = 0; i < listingCalls.length; i += TXS_PER_BLOCK)
      await mineBatch(listingCalls.slice(i, i + TXS_PER_BLOCK));
    const created = await publicClient.getContractEvents({
      address: marketplace.address,
      abi: abis.Marketplace,
      eventName: "ListingCreated",
      fromBlock: BigInt(marketplace.deployedOnBlock),
    });
    if (created.length !== LISTINGS) throw new Error(`${created.length} of ${LISTINGS} listings were created`);
    const listings = created.map((log) => ({ listingId: log.args.listingId!, price: log.args.price! }));

    const shippingCids = await Promise.all(
      buyers.map(async (buyer) => toHex(CID.create(1, raw.code, await sha256.digest(utf8(`ship to ${buyer}`))).bytes)),
    );
    const purchase = (order: number, buyerIndex: number) => {
      // A fixed stride spreads each buyer's orders over many listings and sellers.
      const listing = listings[(order * 7_919) % LISTINGS]!;
      return {
        from: buyers[buyerIndex]!,
        value: listing.price,
        data: encodeFunctionData({
          abi: abis.Marketplace,
          functionName: "purchase",
          args: [listing.listingId, 1, listing.price, shippingCids[buyerIndex]!],
        }),
      };
    };
    for (let i = 0; i < ORDERS; i += TXS_PER_BLOCK) {
      const calls = [];
      for (let order = i; order < Math.min(ORDERS, i + TXS_PER_BLOCK); order++)
        calls.push(purchase(order, order % BUYERS));
      await mineBatch(calls);
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const lastLoadBlock = await publicClient.getBlockNumber();

    // --- Indexing -----------------------------------------------------------------------------
    let indexedAt: number | undefined;
    let seen = { block: -1, at: performance.now() };
    while (indexedAt === undefined) {
      const { _meta } = await graphql<{ _meta: { block: { number: number }; hasIndexingErrors: boolean } }>(
        graphqlUrl,
        "{ _meta { block { number } hasIndexingErrors } }",
      );
      if (_meta.hasIndexingErrors) throw new Error("the subgraph has indexing errors");
      if (BigInt(_meta.block.number) >= lastLoadBlock) indexedAt = performance.now();
      else if (_meta.block.number > seen.block) seen = { block: _meta.block.number, at: performance.now() };
      else if (performance.now() - seen.at > 60_000) throw new Error(`indexing stalled at block ${seen.block}`);
      else await delay(100);
    }
    const indexingSeconds = (indexedAt - firstLoadBlockAt!) / 1000;

    // What was indexed: the contract's events in the load blocks (in slices: all at once exceed
    // viem's 10 MB response limit), and the subgraph's own counters.
    const firstLoadBlock = lastLoadBlock - BigInt(blocks) + 1n;
    const logs = [];
    for (let from = firstLoadBlock; from <= lastLoadBlock; from += 20n) {
      const to = from + 19n < lastLoadBlock ? from + 19n : lastLoadBlock;
      logs.push(...(await publicClient.getLogs({ address: marketplace.address, fromBlock: from, toBlock: to })));
    }
    const placed = parseEventLogs({ abi: abis.Marketplace, logs, eventName: "OrderPlaced" }).length;
    if (placed !== ORDERS) throw new Error(`${placed} of ${ORDERS} purchases went through`);
    const { marketplaces } = await graphql<{ marketplaces: { listingCount: number; orderCount: number }[] }>(
      graphqlUrl,
      "{ marketplaces { listingCount orderCount } }",
    );
    if (marketplaces[0]?.listingCount !== LISTINGS || marketplaces[0].orderCount !== ORDERS) {
      throw new Error(
        `the subgraph counts ${JSON.stringify(marketplaces)}, not ${LISTINGS} listings and ${ORDERS} orders`,
      );
    }

    // File data sources are written with the block after their fetch: mine until every
    // listing has its metadata.
    const metadataStarted = performance.now();
    for (;;) {
      const { listingMetadata_collection: fetched } = await graphql<{ listingMetadata_collection: unknown[] }>(
        graphqlUrl,
        `{ listingMetadata_collection(first: ${LISTINGS}, where: { valid: true }) { id } }`,
      );
      if (fetched.length === LISTINGS) break;
      if (performance.now() - metadataStarted > 90_000) throw new Error("listing metadata never arrived");
      await testClient.mine({ blocks: 1 });
      await delay(500);
    }

    // --- GraphQL ------------------------------------------------------------------------------
    const timeQuery = async (query: (alias: string) => string, variables: (run: number) => Record<string, unknown>) => {
      const times: number[] = [];
      for (let run = -5; run < QUERY_RUNS; run++) {
        const started = performance.now();
        await graphql(graphqlUrl, query(`q${run + 5}`), variables(run));
        if (run >= 0) times.push(performance.now() - started);
      }
      return { p95: percentile(times, 95), median: percentile(times, 50) };
    };
    const browse = await graphql<{ q: { metadata: { category: string } | null }[] }>(graphqlUrl, BROWSE_QUERY("q"), {
      category: BROWSE_CATEGORY,
    });
    const browsable = Math.min(
      24,
      Array.from({ length: LISTINGS }, (_, i) => documents[i % DOCUMENTS]!).filter(
        (document) => document.category === BROWSE_CATEGORY,
      ).length,
    );
    if (browse.q.length !== browsable || browse.q.some((listing) => listing.metadata?.category !== BROWSE_CATEGORY)) {
      throw new Error(
        `the browse query returned ${browse.q.length} listings, not ${browsable} of category ${BROWSE_CATEGORY}`,
      );
    }
    const sellerOrders = await graphql<{ q: unknown[] }>(graphqlUrl, SELLER_ORDERS_QUERY("q"), {
      seller: sellers[0]!.toLowerCase(),
    });
    if (sellerOrders.q.length !== 50) {
      throw new Error(`the seller's order list returned ${sellerOrders.q.length}, not 50`);
    }
    const browseTimes = await timeQuery(BROWSE_QUERY, () => ({ category: BROWSE_CATEGORY }));
    const ordersTimes = await timeQuery(SELLER_ORDERS_QUERY, (run) => ({
      seller: sellers[Math.max(0, run) % SELLERS]!.toLowerCase(),
    }));

    // --- Mined → queryable --------------------------------------------------------------------
    await testClient.setAutomine(true);
    const latencies: number[] = [];
    for (let run = 0; run < LATENCY_RUNS; run++) {
      const call = purchase(ORDERS + run, run % BUYERS);
      const hash: Hash = await testClient.sendUnsignedTransaction({
        from: call.from,
        to: marketplace.address,
        data: call.data,
        value: call.value,
        gas: TX_GAS,
        nonce: nextNonce(call.from),
      });
      let receipt: TransactionReceipt | undefined;
      while (!receipt) {
        receipt = await publicClient.getTransactionReceipt({ hash }).catch(() => undefined);
        if (!receipt) await delay(5);
      }
      const minedAt = performance.now();
      const [order] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "OrderPlaced" });
      if (!order) throw new Error(`purchase ${hash} placed no order`);
      const id = toHex(order.args.orderId, { size: 32 });
      for (;;) {
        const found = await graphql<{ order: { id: string } | null }>(
          graphqlUrl,
          "query ($id: ID!) { order(id: $id) { id } }",
          { id },
        );
        if (found.order) break;
        if (performance.now() - minedAt > 30_000) throw new Error(`order ${id} was not queryable after 30 s`);
        await delay(POLL_MS);
      }
      latencies.push(performance.now() - minedAt);
    }

    const load = `${count(LISTINGS)} listings + ${count(ORDERS)} orders`;
    return [
      {
        name: `subgraph: load of ${load}, ${TXS_PER_BLOCK} txs a block (${blocks} blocks)`,
        value: round(loadSeconds),
        unit: "s",
      },
      {
        name: `subgraph: indexing, ${count(logs.length)} events (first load block mined → _meta.block at the last)`,
        value: round(logs.length / indexingSeconds, 0),
        unit: "events/s",
        target: ">= 250",
      },
      { name: "subgraph: indexing time of that load", value: round(indexingSeconds), unit: "s" },
      {
        name: `subgraph: browse, 24 newest "${BROWSE_CATEGORY}" listings + metadata, p95 of ${QUERY_RUNS}`,
        value: round(browseTimes.p95),
        unit: "ms",
        target: "<= 100",
      },
      { name: `subgraph: browse, median of ${QUERY_RUNS}`, value: round(browseTimes.median), unit: "ms" },
      {
        name: `subgraph: seller's 50 newest orders + listing + buyer, p95 of ${QUERY_RUNS}`,
        value: round(ordersTimes.p95),
        unit: "ms",
        target: "<= 100",
      },
      { name: `subgraph: seller's orders, median of ${QUERY_RUNS}`, value: round(ordersTimes.median), unit: "ms" },
      {
        name: `subgraph: mined purchase → order queryable, median of ${LATENCY_RUNS} (poll ${POLL_MS} ms)`,
        value: round(percentile(latencies, 50), 0),
        unit: "ms",
      },
      {
        name: `subgraph: mined purchase → order queryable, max of ${LATENCY_RUNS}`,
        value: round(Math.max(...latencies), 0),
        unit: "ms",
      },
    ];
  } finally {
    for (const stack of stacks.reverse()) await stack.stop();
    // AGORA_BENCH_KEEP=1 keeps the state directory (and the services' logs in it) for inspection.
    if (process.env.AGORA_BENCH_KEEP) console.log(`bench state kept in ${stateDir}`);
    else await removeStackState(stateDir);
  }
}
