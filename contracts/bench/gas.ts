// Gas benchmark of the marketplace's hot paths: transaction gas as the user pays it (receipt
// gasUsed, 21,000 base included), in the warm steady state (every measured account has already
// listed, bought and been paid once). Deploys with the real deploy script on a fresh anvil.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  type Abi,
  type Address,
  type Hex,
  concatHex,
  createPublicClient,
  createWalletClient,
  http,
  keccak256,
  maxUint256,
  parseEther,
  parseEventLogs,
  parseSignature,
  toHex,
  zeroAddress,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { deploymentFromBroadcast } from "../codegen/deployments.js";

export interface GasResult {
  name: string;
  gasUsed: bigint;
  budget: bigint;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MNEMONIC = "test test test test test test test test test test test junk";
/** anvil account 0's well-known key: the deployer and owner. */
const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const ARBITER_INDEX = 9;

/** Label and budget of each measurement: the five first, then our own for other paths. */
const BENCHMARKS = {
  createListing: { label: "create listing", budget: 80_000n },
  purchaseEth: { label: "purchase (ETH)", budget: 85_000n },
  purchaseErc20: { label: "purchase (ERC-20)", budget: 100_000n },
  confirmEth: { label: "confirm receipt + payout (ETH)", budget: 55_000n },
  confirmErc20: { label: "confirm receipt + payout (ERC-20)", budget: 55_000n },
  cartErc20: { label: "cart: 5 listings, 3 sellers (ERC-20)", budget: 300_000n },
  cartEth: { label: "cart: 5 listings, 3 sellers (ETH)", budget: 300_000n },
  purchaseErc20Permit: { label: "purchase with permit (ERC-20)", budget: 135_000n },
  ship: { label: "ship order", budget: 45_000n },
  release: { label: "release after window (ETH)", budget: 55_000n },
  review: { label: "review", budget: 45_000n },
} as const;
type Benchmark = keyof typeof BENCHMARKS;

/** A CIDv1 (dag-pb, sha2-256) as raw bytes, as the contracts take CIDs. */
function fakeCid(seed: string): Hex {
  return concatHex(["0x01701220", keccak256(toHex(seed))]);
}

async function readAbi(contract: string): Promise<Abi> {
  const artifact = JSON.parse(await readFile(path.join(ROOT, "out", `${contract}.sol`, `${contract}.json`), "utf8"));
  return artifact.abi as Abi;
}

async function deploy(rpcUrl: string): Promise<{ marketplace: Address; usdc: Address }> {
  const broadcastDir = await mkdtemp(path.join(tmpdir(), "agora-gas-"));
  try {
    const args = ["forge", "script", "contracts/script/Deploy.s.sol", "--rpc-url", rpcUrl, "--broadcast"];
    const { stdout, stderr } = await promisify(execFile)("npx", [...args, "--private-key", DEPLOYER_KEY], {
      cwd: ROOT,
      env: { ...process.env, FOUNDRY_BROADCAST: broadcastDir },
      maxBuffer: 64 * 1024 * 1024,
    });
    const runFile = path.join(broadcastDir, "Deploy.s.sol", "31337", "run-latest.json");
    // forge can exit 0 without broadcasting (e.g. a contract over the size limit): report its output.
    const run = await deploymentFromBroadcast(runFile, "local").catch((error: unknown) => {
      throw new Error(`deploy script did not broadcast (${String(error)}):\n${stdout}\n${stderr}`);
    });
    const marketplace = run.contracts.Marketplace?.address;
    const usdc = run.contracts.MockUSDC?.address;
    if (!marketplace || !usdc) throw new Error("deploy script did not create Marketplace and MockUSDC");
    return { marketplace, usdc };
  } finally {
    await rm(broadcastDir, { recursive: true, force: true });
  }
}

interface OrderTerms {
  buyer: Address;
  token: Address;
  amount: bigint;
  feeBps: number;
  arbiter: Address;
  arbiterFeeBps: number;
  shipDeadline: number;
}

export async function gasBench(rpcUrl: string): Promise<GasResult[]> {
  const { marketplace, usdc } = await deploy(rpcUrl);
  const [marketAbi, usdcAbi] = await Promise.all([readAbi("Marketplace"), readAbi("MockUSDC")]);
  const transport = http(rpcUrl);
  const publicClient = createPublicClient({ chain: foundry, transport });
  const account = (index: number) => mnemonicToAccount(MNEMONIC, { addressIndex: index });
  const wallet = (index: number) => createWalletClient({ account: account(index), chain: foundry, transport });
  const arbiter = account(ARBITER_INDEX).address;
  const sellers = [1, 2, 3];
  const buyer = 4;

  async function send(from: number, address: Address, abi: Abi, functionName: string, args: unknown[], value?: bigint) {
    const hash = await wallet(from).writeContract({ address, abi, functionName, args, value } as never);
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted`);
    return receipt;
  }
  const market = (from: number, functionName: string, args: unknown[], value?: bigint) =>
    send(from, marketplace, marketAbi, functionName, args, value);
  const measured = new Map<Benchmark, bigint>();
  const measure = (name: Benchmark, receipt: { gasUsed: bigint }) => measured.set(name, receipt.gasUsed);

  let listingNonce = 0;
  async function createListing(seller: number, token: Address, price: bigint) {
    const receipt = await market(seller, "createListing", [
      token,
      price,
      1_000,
      arbiter,
      7 * 24 * 3600,
      fakeCid(`listing ${++listingNonce}`),
    ]);
    const [created] = parseEventLogs({ abi: marketAbi, logs: receipt.logs, eventName: "ListingCreated" as never });
    return { receipt, listingId: (created as unknown as { args: { listingId: bigint } }).args.listingId };
  }
  function placedOrders(logs: Parameters<typeof parseEventLogs>[0]["logs"]) {
    return parseEventLogs({ abi: marketAbi, logs, eventName: "OrderPlaced" as never }).map((log) => {
      const args = (log as unknown as { args: OrderTerms & { orderId: bigint } }).args;
      const terms: OrderTerms = {
        buyer: args.buyer,
        token: args.token,
        amount: args.amount,
        feeBps: args.feeBps,
        arbiter: args.arbiter,
        arbiterFeeBps: args.arbiterFeeBps,
        shipDeadline: args.shipDeadline,
      };
      return { orderId: args.orderId, terms };
    });
  }
  async function buy(listingId: bigint, price: bigint, eth: boolean) {
    const receipt = await market(buyer, "purchase", [listingId, 1, price, fakeCid("shipping")], eth ? price : 0n);
    const [order] = placedOrders(receipt.logs);
    return { receipt, order: order! };
  }

  // Warm-up: every seller lists in ETH and USDC, the buyer approves USDC and buys, every order
  // of the warm-up is shipped and confirmed (fees accrued, balances non-zero).
  const ethPrice = parseEther("0.05");
  const usdcPrice = 25_000_000n;
  await send(buyer, usdc, usdcAbi, "approve", [marketplace, maxUint256]);
  const ethListings: bigint[] = [];
  const usdcListings: bigint[] = [];
  for (const seller of sellers) {
    ethListings.push((await createListing(seller, zeroAddress, ethPrice)).listingId);
    usdcListings.push((await createListing(seller, usdc, usdcPrice)).listingId);
  }
  for (const [listingId, eth] of [
    [ethListings[0]!, true],
    [usdcListings[0]!, false],
  ] as const) {
    const { order } = await buy(listingId, eth ? ethPrice : usdcPrice, eth);
    await market(sellers[0]!, "shipOrder", [order.orderId, order.terms, fakeCid("tracking")]);
    await market(buyer, "confirmReceipt", [order.orderId, order.terms]);
  }

  // Measured.
  measure("createListing", (await createListing(sellers[0]!, usdc, usdcPrice)).receipt);

  const ethBuy = await buy(ethListings[0]!, ethPrice, true);
  measure("purchaseEth", ethBuy.receipt);
  const usdcBuy = await buy(usdcListings[0]!, usdcPrice, false);
  measure("purchaseErc20", usdcBuy.receipt);

  const nonce = (await publicClient.readContract({
    address: usdc,
    abi: usdcAbi,
    functionName: "nonces",
    args: [account(buyer).address],
  })) as bigint;
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const signature = await account(buyer).signTypedData({
    domain: { name: "USD Coin (Agora local)", version: "1", chainId: foundry.id, verifyingContract: usdc },
    types: {
      Permit: [
        { name: "owner", type: "address" },
        { name: "spender", type: "address" },
        { name: "value", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    },
    primaryType: "Permit",
    message: { owner: account(buyer).address, spender: marketplace, value: usdcPrice, nonce, deadline },
  });
  const { r, s, v } = parseSignature(signature);
  const permit = { value: usdcPrice, deadline, v: Number(v), r, s };
  // With a standing max allowance the permit only resets it; measure from a zero allowance.
  await send(buyer, usdc, usdcAbi, "approve", [marketplace, 0n]);
  measure(
    "purchaseErc20Permit",
    await market(buyer, "purchaseWithPermit", [usdcListings[1]!, 1, usdcPrice, fakeCid("shipping"), permit]),
  );
  await send(buyer, usdc, usdcAbi, "approve", [marketplace, maxUint256]);

  measure(
    "ship",
    await market(sellers[0]!, "shipOrder", [ethBuy.order.orderId, ethBuy.order.terms, fakeCid("tracking")]),
  );
  measure("confirmEth", await market(buyer, "confirmReceipt", [ethBuy.order.orderId, ethBuy.order.terms]));
  await market(sellers[0]!, "shipOrder", [usdcBuy.order.orderId, usdcBuy.order.terms, fakeCid("tracking")]);
  measure("confirmErc20", await market(buyer, "confirmReceipt", [usdcBuy.order.orderId, usdcBuy.order.terms]));
  // The seller's first review creates its reputation slot; measure a later one.
  await market(buyer, "submitReview", [usdcBuy.order.orderId, 4, fakeCid("review")]);
  measure("review", await market(buyer, "submitReview", [ethBuy.order.orderId, 5, fakeCid("review")]));

  // Release after the confirmation window, by a third party.
  const released = await buy(ethListings[0]!, ethPrice, true);
  await market(sellers[0]!, "shipOrder", [released.order.orderId, released.order.terms, fakeCid("tracking")]);
  const window = (await publicClient.readContract({
    address: marketplace,
    abi: marketAbi,
    functionName: "confirmationWindow",
  })) as number;
  await publicClient.request({ method: "evm_increaseTime" as never, params: [toHex(window + 1)] as never });
  measure("release", await market(7, "releasePayment", [released.order.orderId, released.order.terms]));

  // Carts of five listings from three sellers (2 + 2 + 1), one per token.
  const cart = (listings: bigint[]) =>
    [listings[0]!, listings[0]!, listings[1]!, listings[1]!, listings[2]!].map((listingId) => ({
      listingId,
      quantity: 1,
      shippingCid: fakeCid("shipping"),
      // No coupon: an empty signature makes the marketplace ignore the (zeroed) coupon.
      coupon: {
        seller: zeroAddress,
        listingId: 0n,
        token: zeroAddress,
        kind: 0,
        value: 0n,
        buyer: zeroAddress,
        expiry: 0n,
        maxRedemptions: 0,
        salt: 0n,
        chainId: 0n,
        marketplace: zeroAddress,
      },
      couponSignature: "0x",
    }));
  measure("cartErc20", await market(buyer, "checkout", [cart(usdcListings), usdcPrice * 5n]));
  measure("cartEth", await market(buyer, "checkout", [cart(ethListings), ethPrice * 5n], ethPrice * 5n));

  return (Object.keys(BENCHMARKS) as Benchmark[]).map((name) => {
    const gasUsed = measured.get(name);
    if (gasUsed === undefined) throw new Error(`benchmark ${name} was not measured`);
    return { name: BENCHMARKS[name].label, gasUsed, budget: BENCHMARKS[name].budget };
  });
}
