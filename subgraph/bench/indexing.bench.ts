// Issue 5's subgraph benchmarks, on a private stack in a temp dir (always stopped and removed):
//
// 1. graph-node (gnd dev) starts on the freshly deployed chain and is synced before any load.
// 2. Load: 10,000 listings (10 sellers, 200 IPFS listing directories reused, every category, titles
//    and descriptions varied so that a search word matches a few hundred listings) and 10,000 ETH
//    purchases (20 buyers), 100 transactions a block with automine off. The chain takes
//    seconds; graph-node falls far behind and indexes the rest as a backlog. Events/s is measured
//    from the first load block being mined to `_meta.block.number` reaching the last one.
//    (Starting graph-node after the load would measure the same backlog, but gnd's start-up waits
//    for sync within a fixed 120 s, which this load does not fit on a 2-core machine.)
// 3. GraphQL: p95 and median of the web app's browse and search page queries (queries/*.graphql,
//    sent as they are) and of a seller's order list, full HTTP round trips, each checked for the
//    right answer first. Every run has its own alias on the root field, so graph-node's query cache
//    never answers for the store.
// 4. Mined → queryable: with automine back on, fresh purchases timed from the receipt's arrival
//    to the order being returned by GraphQL.
// 5. Full re-index: graph-node is stopped and started again on a fresh database of the same
//    Postgres; timed from its start to synced at the head (its subgraph build excluded: the index
//    node's first answer marks the start), then to every listing's metadata file, and the database's
//    size once done (INDEXING.md quotes these figures).
import { execFile } from "node:child_process";
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
  privateStackContext,
  removeStackState,
  startPostgres,
  startStack,
  type RunningPostgres,
  type RunningStack,
  type StackContext,
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
import { pageQuery } from "../queries/index.js";

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

const LISTINGS = envCount("AGORA_BENCH_LISTINGS", 10_000);
const ORDERS = envCount("AGORA_BENCH_ORDERS", 10_000);
const SELLERS = 10;
const BUYERS = 20;
/** Distinct listing directories on IPFS; listings reuse their CIDs. */
const DOCUMENTS = 200;
const TXS_PER_BLOCK = 100;
/** Gas limit of each load transaction (both use under 100k); 100 of them fit a 30M block. */
const TX_GAS = 250_000n;
const STOCK = 100_000;
const ARBITER_INDEX = 9;
/** Bench accounts: HD indexes of the dev mnemonic well above anvil's ten funded ones. */
const SELLER_INDEX = 100;
const BUYER_INDEX = 200;
const BROWSE_CATEGORY = "home";
/** The searched word: in the titles of 9 directories of 200 and the descriptions of 3 more. */
const SEARCH_WORD = "vintage";
const BROWSE_PAGE = 24;
const SEARCH_PAGE = 25;
/** graph-node's largest `first`. */
const MAX_FIRST = 1_000;
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

/**
 * A page query (queries/*.graphql with its fragments) whose root field gets an alias, e.g.
 * `q7: listings(…)`: the same query for graph-node, but a distinct cache key.
 */
function aliasedPageQuery(page: "browse" | "search", field: string): (alias: string) => string {
  const document = pageQuery(page);
  const root = new RegExp(`^([ \\t]+)${field}\\(`, "gm");
  const found = [...document.matchAll(root)].length;
  if (found !== 1) throw new Error(`${page}.graphql has ${found} root fields ${field}, not 1`);
  return (alias) => document.replace(root, `$1${alias}: ${field}(`);
}

const BROWSE_QUERY = aliasedPageQuery("browse", "listings");
const SEARCH_QUERY = aliasedPageQuery("search", "listingSearch");

/** What the checks read of a `ListingCard` (fragments.graphql). */
interface ListingCard {
  id: string;
  status: string;
  stock: string;
  current: { version: number; cid: string; category: string | null }[];
}

const SELLER_ORDERS_QUERY = (alias: string) => `query SellerOrders($seller: String!) {
  ${alias}: orders(first: 50, orderBy: placedAt, orderDirection: desc, where: { seller: $seller }) {
    id
    orderId
    status
    quantity
    amount
    placedAt
    buyer { id }
    listing {
      id
      price
      current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1) {
        name
        coverImage
      }
    }
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

type Category = (typeof listingCategories)[number];

/** Title words. Pool sizes are prime to each other and to the 11 categories, so words mix. */
const ADJECTIVES = [
  SEARCH_WORD,
  ...["compact", "classic", "modern", "rustic", "sturdy", "elegant", "portable", "minimalist", "colourful"],
  ...["lightweight", "handmade", "durable", "cosy", "bold", "refined", "practical", "quiet", "bright"],
  ...["slim", "sleek", "deluxe", "simple"],
];
const MATERIALS = [
  ...["oak", "walnut", "leather", "linen", "steel", "brass", "ceramic", "glass", "wool", "cotton"],
  ...["bamboo", "copper", "marble", "cork", "felt", "maple", "velvet", "aluminium", "denim"],
];
const NOUNS: Record<Category, string[]> = {
  electronics: ["headphones", "speaker", "charger", "keyboard", "desk monitor"],
  home: ["lamp", "teapot", "rug", "armchair", "vase"],
  fashion: ["jacket", "scarf", "handbag", "boots", "sweater"],
  books: ["novel", "cookbook", "atlas", "anthology", "biography"],
  art: ["print", "sculpture", "watercolour", "etching", "canvas"],
  collectibles: ["coin", "stamp album", "figurine", "trading card", "postcard set"],
  sports: ["tennis racket", "yoga mat", "bicycle helmet", "football", "kettlebell"],
  toys: ["puzzle", "kite", "train set", "doll house", "board game"],
  music: ["guitar", "ukulele", "vinyl record", "harmonica", "drum kit"],
  digital: ["ebook", "font family", "icon pack", "sample pack", "photo preset"],
  other: ["gift box", "plant pot", "candle", "notebook", "umbrella"],
};
const OPENERS = [
  "Kept in a smoke-free home and well looked after.",
  "Made in a small workshop by two people.",
  "Straight from the maker, checked before it leaves.",
  "Part of a small batch, numbered by hand.",
  "A gift that was never opened.",
  "Bought last year and barely used.",
  "Sold with its original packaging.",
];
const DETAILS = [
  "Fits well in a small flat or a studio.",
  "Easy to clean with a damp cloth.",
  "The colours are true to the photos.",
  "Comes with a short guide and a spare part.",
  "Tested for a week before listing.",
  "Light enough to carry around all day.",
  "Works with the common standards.",
  "Every piece differs a little from the next.",
  "Ask for more photos if you need them.",
  "Pairs nicely with the other items in the shop.",
  "Finished with a natural oil.",
  "Measurements are listed in the attributes.",
  "A favourite of returning buyers.",
];
const CLOSERS = [
  "Ships within two days.",
  "Combined shipping on request.",
  "Questions welcome before you buy.",
  "Returns accepted within fourteen days.",
  "Thank you for looking!",
];

/**
 * Listing metadata directory `index`: every category (the digital one digital), all valid, varied
 * text. `SEARCH_WORD` is the adjective of the titles of `index % 23 == 0` and in the descriptions of
 * `index % 67 == 7` (not in other words: the English stemmer must not fold another word into it).
 */
function benchDocument(index: number): ListingMetadataInput {
  const category = listingCategories[index % listingCategories.length]!;
  const digital = category === "digital";
  const adjective = ADJECTIVES[index % ADJECTIVES.length]!;
  const noun = NOUNS[category][Math.floor(index / listingCategories.length) % NOUNS[category].length]!;
  const material = digital ? "" : `${MATERIALS[index % MATERIALS.length]} `;
  const name = `${adjective[0]!.toUpperCase()}${adjective.slice(1)} ${material}${noun}`;
  const description = [
    `${name}, listed under ${category}.`,
    OPENERS[index % OPENERS.length],
    DETAILS[index % DETAILS.length],
    index % 67 === 7 ? `Restored with ${SEARCH_WORD} parts from the same maker.` : "",
    DETAILS[(index * 5 + 3) % DETAILS.length],
    CLOSERS[index % CLOSERS.length],
  ]
    .filter(Boolean)
    .join(" ");
  return {
    schema: "agora/listing@1",
    name,
    description,
    category,
    condition: digital ? "not-applicable" : "new",
    images: [{ path: "cover.png", alt: name }],
    attributes: [{ name: "Batch", value: String(index) }],
    variants: [],
    kind: digital ? "digital" : "physical",
    ...(digital ? {} : { shipping: { regions: ["EU"], handlingDays: 2 } }),
  };
}

const searchable = (document: ListingMetadataInput) =>
  new RegExp(`\\b${SEARCH_WORD}\\b`, "i").test(`${document.name} ${document.description}`);

const runFile = (command: string, args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(command, args, (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );

/** One SQL statement through Debian's `psql` against `url`; its unaligned output. */
const psql = async (url: string, statement: string) => (await runFile("psql", [url, "-tAc", statement])).trim();

/**
 * Starts graph-node with `start` while polling its index node: the re-index starts when the index
 * node first answers (graph-node is up, its subgraph built and deployed), and `start` resolves once
 * the subgraph is synced at the head.
 */
async function timeReindex(ctx: StackContext, start: () => Promise<RunningStack>) {
  let startedAt: number | undefined;
  let done = false;
  const poll = (async () => {
    while (!done && startedAt === undefined) {
      const answered = await fetch(`http://127.0.0.1:${ctx.ports.graphIndex}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ indexingStatuses { synced } }" }),
        signal: AbortSignal.timeout(1_000),
      })
        .then((response) => response.ok)
        .catch(() => false);
      if (answered) startedAt = performance.now();
      else await delay(POLL_MS);
    }
  })();
  try {
    const stack = await start();
    return { stack, startedAt: startedAt ?? performance.now() };
  } finally {
    done = true;
    await poll;
  }
}

export async function subgraphBench(): Promise<BenchResult[]> {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-bench-subgraph-"));
  const stacks: RunningStack[] = [];
  let postgres: RunningPostgres | undefined;
  try {
    const ctx = await privateStackContext(stateDir);
    // No block time: the load is mined in explicit batches, and the bench mines the blocks that
    // flush file data sources itself.
    stacks.push(await startStack([anvilService({ persist: false }), deployService(), ipfsService], ctx));
    // Postgres of our own (not postgresService) so that the re-index can have a fresh database.
    postgres = await startPostgres({ stateDir, logDir: ctx.logDir, port: ctx.ports.postgres });
    ctx.urls.postgres = await postgres.createDatabase("graph-node");
    let indexer = await startStack([graphNodeService()], ctx);
    const indexerStacks = stacks.length;
    stacks.push(indexer);
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
    const documents: { cid: string; category: string; matches: boolean }[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const document = benchDocument(i);
      const { root } = await publishDocument(target, "listing", document, [{ path: "cover.png", content: PNG_1x1 }]);
      documents.push({ cid: String(root), category: document.category, matches: searchable(document) });
    }
    const byCid = new Map(documents.map((document) => [document.cid, document]));
    /** Listing `i` (in creation order) shows directory `i % DOCUMENTS`. */
    const listingDocuments = Array.from({ length: LISTINGS }, (_, i) => documents[i % DOCUMENTS]!);
    const expectedBrowse = listingDocuments.filter((document) => document.category === BROWSE_CATEGORY).length;
    const expectedSearch = listingDocuments.filter((document) => document.matches).length;
    if (expectedBrowse === 0 || expectedSearch === 0) throw new Error("the bench documents miss the browse or search");
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
      const document = listingDocuments[i]!;
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
    // The marketplace's logs in blocks `from`..`to`, read in slices: 10,000 listings' logs at once
    // exceed viem's 10 MB response limit.
    const marketplaceLogs = async (from: bigint, to: bigint) => {
      const logs = [];
      for (let start = from; start <= to; start += 20n) {
        const end = start + 19n < to ? start + 19n : to;
        logs.push(...(await publicClient.getLogs({ address: marketplace.address, fromBlock: start, toBlock: end })));
      }
      return logs;
    };
    const created = parseEventLogs({
      abi: abis.Marketplace,
      logs: await marketplaceLogs(BigInt(marketplace.deployedOnBlock), await publicClient.getBlockNumber()),
      eventName: "ListingCreated",
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

    // What was indexed: the contract's events in the load blocks, and the subgraph's own counters.
    const logs = await marketplaceLogs(lastLoadBlock - BigInt(blocks) + 1n, lastLoadBlock);
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
    // listing has its metadata (counted in pages: graph-node answers at most 1,000 a query).
    const countAll = async (collection: string, where: string) => {
      let total = 0;
      for (let after = ""; ;) {
        const page = await graphql<{ q: { id: string }[] }>(
          graphqlUrl,
          `{ q: ${collection}(first: ${MAX_FIRST}, orderBy: id, where: { ${where}${after} }) { id } }`,
        );
        total += page.q.length;
        if (page.q.length < MAX_FIRST) return total;
        after = `, id_gt: "${page.q.at(-1)!.id}"`;
      }
    };
    let metadata = { count: -1, at: performance.now() };
    for (;;) {
      const fetched = await countAll("listingMetadata_collection", "valid: true");
      if (fetched === LISTINGS) break;
      if (fetched > metadata.count) metadata = { count: fetched, at: performance.now() };
      else if (performance.now() - metadata.at > 60_000) {
        throw new Error(`listing metadata stalled at ${fetched} of ${LISTINGS}`);
      }
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
    const onSale = { status: "Active", stock_gt: "0" };
    const browseVariables = {
      first: BROWSE_PAGE,
      skip: 0,
      where: { ...onSale, metadataVersions_: { valid: true, category: BROWSE_CATEGORY } },
    };
    const searchVariables = {
      text: SEARCH_WORD,
      first: SEARCH_PAGE,
      skip: 0,
      where: { valid: true, listing_: onSale },
    };
    /** A listing of the page is on sale and currently shows a directory passing `test`. */
    const shows = (listing: ListingCard, test: (document: { category: string; matches: boolean }) => boolean) => {
      const current = listing.current[0];
      const document = current && byCid.get(current.cid);
      return listing.status === "Active" && BigInt(listing.stock) > 0n && !!document && test(document);
    };

    // Browse: a full page of the category, and the filter's full count is the category's.
    const browse = await graphql<{ q: ListingCard[] }>(graphqlUrl, BROWSE_QUERY("q"), browseVariables);
    if (
      browse.q.length !== Math.min(BROWSE_PAGE, expectedBrowse) ||
      !browse.q.every((listing) => shows(listing, (document) => document.category === BROWSE_CATEGORY))
    ) {
      throw new Error(
        `the browse page returned ${browse.q.length} listings, not ${BROWSE_PAGE} "${BROWSE_CATEGORY}" ones`,
      );
    }
    const browseCount = await countAll(
      "listings",
      `status: Active, stock_gt: "0", metadataVersions_: { valid: true, category: "${BROWSE_CATEGORY}" }`,
    );
    if (browseCount !== expectedBrowse) {
      throw new Error(`the browse filter matches ${browseCount} listings, not the ${expectedBrowse} expected`);
    }

    // Search: a full page, every hit the current version of a matching listing, and all hits
    // together are exactly the listings whose text has the word.
    type Hit = { id: string; version: number; listing: ListingCard };
    const isMatch = (hit: Hit) =>
      hit.version === hit.listing.current[0]?.version && shows(hit.listing, (document) => document.matches);
    const search = await graphql<{ q: Hit[] }>(graphqlUrl, SEARCH_QUERY("q"), searchVariables);
    if (search.q.length !== Math.min(SEARCH_PAGE, expectedSearch) || !search.q.every(isMatch)) {
      throw new Error(
        `the search page returned ${search.q.length} hits, not ${SEARCH_PAGE} listings with "${SEARCH_WORD}"`,
      );
    }
    const hits: Hit[] = [];
    for (let skip = 0; ; skip += MAX_FIRST) {
      const page = await graphql<{ q: Hit[] }>(graphqlUrl, SEARCH_QUERY("q"), {
        ...searchVariables,
        first: MAX_FIRST,
        skip,
      });
      hits.push(...page.q);
      if (page.q.length < MAX_FIRST) break;
    }
    const hitListings = new Set(hits.map((hit) => hit.listing.id));
    if (hits.length !== expectedSearch || hitListings.size !== expectedSearch || !hits.every(isMatch)) {
      throw new Error(
        `search for "${SEARCH_WORD}" found ${hits.length} hits (${hitListings.size} listings, ` +
          `${hits.filter(isMatch).length} matching), not the ${expectedSearch} listings expected`,
      );
    }

    const sellerOrders = await graphql<{ q: unknown[] }>(graphqlUrl, SELLER_ORDERS_QUERY("q"), {
      seller: sellers[0]!.toLowerCase(),
    });
    if (sellerOrders.q.length !== 50) {
      throw new Error(`the seller's order list returned ${sellerOrders.q.length}, not 50`);
    }
    const browseTimes = await timeQuery(BROWSE_QUERY, () => browseVariables);
    const searchTimes = await timeQuery(SEARCH_QUERY, () => searchVariables);
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

    // --- Full re-index ------------------------------------------------------------------------
    stacks.splice(indexerStacks, 1);
    await indexer.stop();
    ctx.urls.postgres = await postgres.createDatabase("reindex");
    const headBlock = Number(await publicClient.getBlockNumber());
    const reindex = await timeReindex(ctx, () => startStack([graphNodeService({ syncTimeoutMs: 60 * 60_000 })], ctx));
    indexer = reindex.stack;
    stacks.push(indexer);
    const reindexStart = reindex.startedAt;
    // gnd reports "synced" at the head its block ingestor has seen, which can trail the chain's:
    // the re-index reaches the head when `_meta` says so.
    for (;;) {
      const { _meta } = await graphql<{ _meta: { block: { number: number } } }>(
        graphqlUrl,
        "{ _meta { block { number } } }",
      );
      if (_meta.block.number >= headBlock) break;
      if (performance.now() - reindexStart > 60 * 60_000) throw new Error("the re-index did not reach the head");
      await delay(POLL_MS);
    }
    const toHead = (performance.now() - reindexStart) / 1000;
    // Listing files are fetched again, and written with the blocks after them.
    for (let started = performance.now(); ;) {
      if ((await countAll("listingMetadata_collection", "valid: true")) === LISTINGS) break;
      if (performance.now() - started > 10 * 60_000) throw new Error("the re-index stalled on listing metadata");
      await testClient.mine({ blocks: 1 });
      await delay(500);
    }
    const toMetadata = (performance.now() - reindexStart) / 1000;
    const databaseBytes = Number(
      await psql(ctx.urls.postgres, "select pg_database_size(current_database())").catch(() => "NaN"),
    );
    // Rows of the subgraph's tables (sgd<n> schemas): entities, and mutable ones once per version.
    const rows = Number(
      await psql(
        ctx.urls.postgres,
        "select sum(n_live_tup) from pg_stat_user_tables where schemaname like 'sgd%'",
      ).catch(() => "NaN"),
    );
    // What the re-index replayed: every Marketplace event from the start block, and the subgraph's counters.
    const replayed = (await marketplaceLogs(BigInt(marketplace.deployedOnBlock), BigInt(headBlock))).length;
    const [counted] = (
      await graphql<{ marketplaces: { listingCount: number; orderCount: number }[] }>(
        graphqlUrl,
        "{ marketplaces { listingCount orderCount } }",
      )
    ).marketplaces;
    if (counted?.listingCount !== LISTINGS || counted.orderCount !== ORDERS + LATENCY_RUNS) {
      throw new Error(`the re-indexed subgraph counts ${JSON.stringify(counted)}`);
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
        name: `subgraph: browse page, ${BROWSE_PAGE} newest "${BROWSE_CATEGORY}" of ${count(LISTINGS)} listings (${count(expectedBrowse)} match), p95 of ${QUERY_RUNS}`,
        value: round(browseTimes.p95),
        unit: "ms",
        target: "<= 100",
      },
      { name: `subgraph: browse page, median of ${QUERY_RUNS}`, value: round(browseTimes.median), unit: "ms" },
      {
        name: `subgraph: search page, "${SEARCH_WORD}" on sale, first ${SEARCH_PAGE} of ${count(LISTINGS)} listings (${count(expectedSearch)} match), p95 of ${QUERY_RUNS}`,
        value: round(searchTimes.p95),
        unit: "ms",
        target: "<= 100",
      },
      { name: `subgraph: search page, median of ${QUERY_RUNS}`, value: round(searchTimes.median), unit: "ms" },
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
      {
        name: `subgraph: full re-index of ${count(replayed)} events, ${headBlock - marketplace.deployedOnBlock + 1} blocks (${count(counted.listingCount)} listings, ${count(counted.orderCount)} orders), start → synced at the head`,
        value: round(toHead),
        unit: "s",
      },
      {
        name: "subgraph: full re-index, until every listing's metadata file is indexed",
        value: round(toMetadata),
        unit: "s",
      },
      { name: "subgraph: database size after the re-index", value: round(databaseBytes / 1024 / 1024), unit: "MB" },
      {
        name: "subgraph: rows in the subgraph's tables after the re-index (entity versions)",
        value: rows,
        unit: "rows",
      },
    ];
  } finally {
    for (const stack of stacks.reverse()) await stack.stop();
    await postgres?.stop();
    // AGORA_BENCH_KEEP=1 keeps the state directory (and the services' logs in it) for inspection.
    if (process.env.AGORA_BENCH_KEEP) console.log(`bench state kept in ${stateDir}`);
    else await removeStackState(stateDir);
  }
}
