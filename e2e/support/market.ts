// Fresh sellers, listings and buyers for the buying scenarios, made directly on the stack's chain
// and IPFS node (not through the site), and the seller's side of an order read with the content
// layer: each scenario owns its accounts, so no test sees another's orders.
import { abis } from "@agora/contracts";
import {
  cidToHex,
  deriveKeypairFromSignature,
  envelopeContexts,
  keyDerivationMessage,
  kuboRpcTarget,
  LISTING_SCHEMA,
  openEnvelopeText,
  PROFILE_SCHEMA,
  publishDocument,
  readVerified,
  shippingAddressSchema,
  type ListingMetadataInput,
  type X25519Keypair,
} from "@agora/content";
import { DEV_MNEMONIC, illustrationSvg, renderPng } from "@agora/devnet";
import {
  createTestClient,
  createWalletClient,
  http,
  parseEther,
  parseEventLogs,
  toHex,
  zeroAddress,
  type Abi,
  type Address,
  type Hex,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { chain, publicClient, readDeployment, rpcUrl } from "./chain";
import { stackIpfsUrl } from "./ipfs";
import { subgraphQuery } from "./subgraph";

const testClient = () => createTestClient({ chain: chain(), mode: "anvil", transport: http(rpcUrl()) });

export const accountAt = (index: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index });
export const walletAt = (index: number) =>
  createWalletClient({ account: accountAt(index), chain: chain(), transport: http(rpcUrl()) });

export async function contracts() {
  const deployment = await readDeployment();
  const address = (name: string) => {
    const entry = deployment.contracts[name as keyof typeof deployment.contracts];
    if (!entry) throw new Error(`no ${name} in the stack's deployment`);
    return entry.address as Address;
  };
  return {
    marketplace: { address: address("Marketplace"), abi: abis.Marketplace } as const,
    usdc: { address: address("MockUSDC"), abi: abis.MockUSDC } as const,
  };
}

/** Gives an account 10 ETH (and `usdc` base units of mock USDC): a fresh account is ready to act. */
export async function fund(index: number, usdc = 0n): Promise<Address> {
  const { address } = accountAt(index);
  await testClient().setBalance({ address, value: parseEther("10") });
  if (usdc > 0n) {
    const { usdc: token } = await contracts();
    await send(index, { ...token, functionName: "mint", args: [address, usdc] });
  }
  return address;
}

/** A contract call as `send` takes it. */
export interface ContractCall {
  address: Address;
  abi: Abi;
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
}

/** Sends a contract call from a dev account and waits for its successful receipt. */
export async function send(index: number, call: ContractCall) {
  const hash = await walletAt(index).writeContract(call as never);
  const receipt = await publicClient().waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`${call.functionName} from account ${index} reverted`);
  return receipt;
}

/** The account's X25519 keypair, derived as the site derives it (a signature over the fixed message). */
export async function keypairOf(index: number): Promise<X25519Keypair> {
  return deriveKeypairFromSignature(await accountAt(index).signMessage({ message: keyDerivationMessage }));
}

const target = () => kuboRpcTarget({ url: stackIpfsUrl() });

/** A seller with a published profile (name and encryption key), ready to receive addresses. */
export async function freshSeller(index: number, name: string) {
  const address = await fund(index);
  const keypair = await keypairOf(index);
  const { root } = await publishDocument(target(), "profile", {
    schema: PROFILE_SCHEMA,
    name,
    encryptionPublicKey: keypair.publicKeyBase64,
  });
  const receipt = await send(index, {
    ...(await contracts()).marketplace,
    functionName: "setProfile",
    args: [cidToHex(String(root))],
  });
  await waitForIndexed(receipt.blockNumber);
  return { index, address, keypair, name };
}

export interface FreshListingOptions {
  seller: number;
  name: string;
  price: bigint;
  stock?: number;
  token?: "ETH" | "USDC";
  kind?: "physical" | "digital";
  shippingWindowSeconds?: number;
  /** The listing's arbiter (default: the first approved one). */
  arbiter?: Address;
}

/** A valid listing (metadata.json with one photo) created on chain; answers its subgraph id. */
export async function freshListing(options: FreshListingOptions): Promise<Hex> {
  const { marketplace, usdc } = await contracts();
  const kind = options.kind ?? "physical";
  const metadata: ListingMetadataInput = {
    schema: LISTING_SCHEMA,
    name: options.name,
    description: `${options.name}, listed by a browser test.`,
    category: kind === "digital" ? "digital" : "home",
    condition: kind === "digital" ? "not-applicable" : "new",
    images: [{ path: "photo-1.png", alt: options.name }],
    kind,
    ...(kind === "physical" ? { shipping: { regions: ["worldwide"], handlingDays: 1 } } : {}),
  };
  const photo = renderPng(
    illustrationSvg("lamp", { main: "#1f6f5c", accent: "#f2c14e", backdrop: ["#f6efe4", "#e4d3b8"] }),
  );
  const { root } = await publishDocument(target(), "listing", metadata, [{ path: "photo-1.png", content: photo }]);
  const arbiter =
    options.arbiter ??
    (
      await subgraphQuery<{ arbiters: { id: Address }[] }>(
        "{ arbiters(where: { approved: true }, first: 1) { id } }",
        {},
      )
    ).arbiters[0]!.id;
  const receipt = await send(options.seller, {
    ...marketplace,
    functionName: "createListing",
    args: [
      options.token === "USDC" ? usdc.address : zeroAddress,
      options.price,
      options.stock ?? 5,
      arbiter,
      options.shippingWindowSeconds ?? 3 * 24 * 60 * 60,
      cidToHex(String(root)),
    ],
  });
  const [created] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "ListingCreated" });
  const id = toHex(created!.args.listingId, { size: 32 });
  // Indexed with its metadata file (a file data source: may land a moment after the block).
  await waitForIndexed(receipt.blockNumber);
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    const { listing } = await subgraphQuery<{ listing: { current: unknown[] } | null }>(
      `query ($id: ID!) { listing(id: $id) { current: metadataVersions(where: { valid: true }) { id } } }`,
      { id },
    );
    if (listing && listing.current.length > 0) return id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`listing ${id} was not indexed with its metadata`);
}

/** Waits until the subgraph has indexed `block` (graph-node follows anvil within a few blocks). */
export async function waitForIndexed(block: bigint, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    const { _meta } = await subgraphQuery<{ _meta: { block: { number: number } } }>(
      "{ _meta { block { number } } }",
      {},
    );
    if (BigInt(_meta.block.number) >= block) return;
    if (Date.now() - started > timeoutMs) throw new Error(`the subgraph did not reach block ${block}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Moves the chain's clock forward (never back: graph-node is watching) and mines a block. */
export async function advanceTime(seconds: number) {
  const client = testClient();
  await client.increaseTime({ seconds });
  await client.mine({ blocks: 1 });
  return (await publicClient().getBlockNumber()) as bigint;
}

/** The seller's side of an order: its sealed shipping address, opened with the seller's key. */
export async function openShippingAddress(order: { shippingCid: string; listingId: string }, seller: X25519Keypair) {
  const bytes = await readVerified(order.shippingCid, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
  const text = openEnvelopeText(seller.secretKey, JSON.parse(new TextDecoder().decode(bytes)), {
    context: envelopeContexts.shipping(order.listingId),
  });
  return shippingAddressSchema.parse(JSON.parse(text));
}
