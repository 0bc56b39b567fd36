// Gas benchmark of the marketplace's hot paths: transaction gas as the user pays it (receipt
// gasUsed, 21,000 base included), in the warm steady state (every measured account has already
// listed, bought and been paid once). Runs against contracts deployed by the real deploy script.
import {
  type Address,
  type Hash,
  type Hex,
  type Log,
  concatHex,
  createPublicClient,
  createWalletClient,
  http,
  keccak256,
  maxUint256,
  parseEther,
  parseEventLogs,
  toHex,
  zeroAddress,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { abis, noCoupon, permitArgument, permitTypedData, type OrderTerms } from "../index.js";
import type { DeploymentFile } from "../codegen/deployments.js";

export interface GasResult {
  name: string;
  gasUsed: bigint;
  budget: bigint;
}

export interface GasBenchOptions {
  /** A fresh anvil (chain 31337) with the deploy script's contracts on it. */
  rpcUrl: string;
  deployment: DeploymentFile;
  /** The mnemonic of anvil's funded dev accounts. */
  mnemonic: string;
}

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

export async function gasBench({ rpcUrl, deployment, mnemonic }: GasBenchOptions): Promise<GasResult[]> {
  const marketplace = deployment.contracts.Marketplace?.address;
  const usdc = deployment.contracts.MockUSDC?.address;
  if (!marketplace || !usdc) throw new Error("the gas bench needs Marketplace and MockUSDC deployed");
  const transport = http(rpcUrl);
  const publicClient = createPublicClient({ chain: foundry, transport });
  const account = (index: number) => mnemonicToAccount(mnemonic, { addressIndex: index });
  const wallet = (index: number) => createWalletClient({ account: account(index), chain: foundry, transport });
  const market = { address: marketplace, abi: abis.Marketplace } as const;
  const token = { address: usdc, abi: abis.MockUSDC } as const;
  const arbiter = account(ARBITER_INDEX).address;
  const sellers = [1, 2, 3] as const;
  const buyer = 4;

  async function send(hash: Promise<Hash>) {
    const receipt = await publicClient.waitForTransactionReceipt({ hash: await hash });
    if (receipt.status !== "success") throw new Error(`transaction ${receipt.transactionHash} reverted`);
    return receipt;
  }
  const measured = new Map<Benchmark, bigint>();
  const measure = (name: Benchmark, receipt: { gasUsed: bigint }) => measured.set(name, receipt.gasUsed);

  let listingNonce = 0;
  async function createListing(seller: number, paymentToken: Address, price: bigint) {
    const receipt = await send(
      wallet(seller).writeContract({
        ...market,
        functionName: "createListing",
        args: [paymentToken, price, 1_000, arbiter, 7 * 24 * 3600, fakeCid(`listing ${++listingNonce}`)],
      }),
    );
    const [created] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "ListingCreated" });
    return { receipt, listingId: created!.args.listingId };
  }
  function placedOrders(logs: Log[]): { orderId: bigint; terms: OrderTerms }[] {
    return parseEventLogs({ abi: abis.Marketplace, logs, eventName: "OrderPlaced" }).map(({ args }) => ({
      orderId: args.orderId,
      terms: {
        buyer: args.buyer,
        token: args.token,
        amount: args.amount,
        feeBps: args.feeBps,
        arbiter: args.arbiter,
        arbiterFeeBps: args.arbiterFeeBps,
        shipDeadline: args.shipDeadline,
      },
    }));
  }
  async function buy(listingId: bigint, price: bigint, eth: boolean) {
    const receipt = await send(
      wallet(buyer).writeContract({
        ...market,
        functionName: "purchase",
        args: [listingId, 1, price, fakeCid("shipping")],
        value: eth ? price : 0n,
      }),
    );
    return { receipt, order: placedOrders(receipt.logs)[0]! };
  }
  const ship = (order: { orderId: bigint; terms: OrderTerms }) =>
    send(
      wallet(sellers[0]).writeContract({
        ...market,
        functionName: "shipOrder",
        args: [order.orderId, order.terms, fakeCid("tracking")],
      }),
    );
  const confirm = (order: { orderId: bigint; terms: OrderTerms }) =>
    send(
      wallet(buyer).writeContract({ ...market, functionName: "confirmReceipt", args: [order.orderId, order.terms] }),
    );
  const approve = (amount: bigint) =>
    send(wallet(buyer).writeContract({ ...token, functionName: "approve", args: [marketplace, amount] }));

  // Warm-up: every seller lists in ETH and USDC, the buyer approves USDC and buys, every order
  // of the warm-up is shipped and confirmed (fees accrued, balances non-zero).
  const ethPrice = parseEther("0.05");
  const usdcPrice = 25_000_000n;
  await approve(maxUint256);
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
    await ship(order);
    await confirm(order);
  }

  // Measured.
  measure("createListing", (await createListing(sellers[0], usdc, usdcPrice)).receipt);

  const ethBuy = await buy(ethListings[0]!, ethPrice, true);
  measure("purchaseEth", ethBuy.receipt);
  const usdcBuy = await buy(usdcListings[0]!, usdcPrice, false);
  measure("purchaseErc20", usdcBuy.receipt);

  // EIP-2612 permit, signed over the token's own EIP-712 domain (read through EIP-5267).
  const owner = account(buyer).address;
  const nonce = await publicClient.readContract({ ...token, functionName: "nonces", args: [owner] });
  const domain = await publicClient.readContract({ ...token, functionName: "eip712Domain" });
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const signature = await account(buyer).signTypedData(
    permitTypedData(domain, { owner, spender: marketplace, value: usdcPrice, nonce, deadline }),
  );
  const permit = permitArgument(signature, usdcPrice, deadline);
  // With a standing max allowance the permit only resets it; measure from a zero allowance.
  await approve(0n);
  measure(
    "purchaseErc20Permit",
    await send(
      wallet(buyer).writeContract({
        ...market,
        functionName: "purchaseWithPermit",
        args: [usdcListings[1]!, 1, usdcPrice, fakeCid("shipping"), permit],
      }),
    ),
  );
  await approve(maxUint256);

  measure("ship", await ship(ethBuy.order));
  measure("confirmEth", await confirm(ethBuy.order));
  await ship(usdcBuy.order);
  measure("confirmErc20", await confirm(usdcBuy.order));
  // The seller's first review creates its reputation slot; measure a later one.
  const review = (orderId: bigint, rating: number) =>
    send(
      wallet(buyer).writeContract({
        ...market,
        functionName: "submitReview",
        args: [orderId, rating, fakeCid("review")],
      }),
    );
  await review(usdcBuy.order.orderId, 4);
  measure("review", await review(ethBuy.order.orderId, 5));

  // Release after the confirmation window, by a third party.
  const released = await buy(ethListings[0]!, ethPrice, true);
  await ship(released.order);
  const window = await publicClient.readContract({ ...market, functionName: "confirmationWindow" });
  await publicClient.request({ method: "evm_increaseTime" as never, params: [toHex(window + 1)] as never });
  measure(
    "release",
    await send(
      wallet(7).writeContract({
        ...market,
        functionName: "releasePayment",
        args: [released.order.orderId, released.order.terms],
      }),
    ),
  );

  // Carts of five listings from three sellers (2 + 2 + 1), one per token.
  const cart = (listings: bigint[]) =>
    [listings[0]!, listings[0]!, listings[1]!, listings[1]!, listings[2]!].map((listingId) => ({
      listingId,
      quantity: 1,
      shippingCid: fakeCid("shipping"),
      // No coupon: an empty signature makes the marketplace ignore the (zeroed) coupon.
      coupon: noCoupon,
      couponSignature: "0x" as Hex,
    }));
  measure(
    "cartErc20",
    await send(
      wallet(buyer).writeContract({ ...market, functionName: "checkout", args: [cart(usdcListings), usdcPrice * 5n] }),
    ),
  );
  measure(
    "cartEth",
    await send(
      wallet(buyer).writeContract({
        ...market,
        functionName: "checkout",
        args: [cart(ethListings), ethPrice * 5n],
        value: ethPrice * 5n,
      }),
    ),
  );

  return (Object.keys(BENCHMARKS) as Benchmark[]).map((name) => {
    const gasUsed = measured.get(name);
    if (gasUsed === undefined) throw new Error(`benchmark ${name} was not measured`);
    return { name: BENCHMARKS[name].label, gasUsed, budget: BENCHMARKS[name].budget };
  });
}
