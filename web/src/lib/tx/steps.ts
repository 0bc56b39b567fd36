// The built-in steps of a write (wagmi core actions on the wallet layer's one config): switch
// chain, sign typed data / an ERC-2612 permit, approve, send (simulate first), mined, indexed.
import { abis, permitArgument, permitTypedData } from "@agora/contracts";
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { type Abi, type Address, type Hash, type Hex, type TransactionReceipt, type TypedDataDefinition } from "viem";
import { call, getTransaction, waitForTransactionReceipt } from "viem/actions";
import {
  getAccount,
  getBlock,
  getPublicClient,
  readContract,
  signTypedData,
  simulateContract,
  switchChain,
  writeContract,
} from "wagmi/actions";
import type { Config } from "wagmi";
import { waitForIndexedBlock, type IndexerClient, type WaitOptions } from "../indexer/client";
import { decodeTxError, TxStepError, type DecodedError } from "./errors";
import type { StepContext, TxStep } from "./runner";

/** What the built-in steps need; useWrite fills it from the wallet layer and the app's providers. */
export interface WriteDeps {
  wagmi: Config;
  /** The chain of the site's config: every write goes there. */
  chainId: number;
  queryClient: QueryClient;
  /** The subgraph client; without one (no subgraphUrl) the "indexed" step only refreshes. */
  indexer: IndexerClient | null;
  /** Poll interval and timeout of the "indexed" step. */
  indexerWait?: Omit<WaitOptions, "signal">;
}

export type WriteStep = TxStep<WriteDeps>;
type Ctx = StepContext<WriteDeps>;

/** A contract call as the "send" step takes it (the ABI and address come from `@agora/contracts`). */
export interface WriteRequest {
  address: Address;
  abi: Abi;
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
}

function connectedAccount(ctx: Ctx): Address {
  const { address } = getAccount(ctx.deps.wagmi);
  if (!address) {
    throw new TxStepError({ kind: "unknown", name: "NotConnected", message: ctx.t("tx.error.notConnected") });
  }
  return address;
}

/** Asks the wallet to switch to the site's chain (useWrite adds it when the wallet is elsewhere). */
export function switchChainStep(chainName: string): WriteStep {
  return {
    id: "switchChain",
    label: (t) => t("tx.steps.switchChain", { chain: chainName }),
    async run({ deps }) {
      if (getAccount(deps.wagmi).chainId !== deps.chainId) await switchChain(deps.wagmi, { chainId: deps.chainId });
    },
  };
}

/**
 * Simulates the call with the connected account (a revert fails here, before any prompt, with the
 * contract's custom error), then asks the wallet to send it. The hash is kept: once sent, this step
 * never sends again, whatever is retried after it.
 */
export function sendStep({
  id = "send",
  label,
  request,
}: {
  id?: string;
  label?: string;
  request: (ctx: Ctx) => WriteRequest | Promise<WriteRequest>;
}): WriteStep {
  return {
    id,
    label: label ?? ((t) => t("tx.steps.send")),
    async run(ctx) {
      const sent = ctx.results[`${id}.hash`] as Hash | undefined;
      if (sent) {
        ctx.hash = sent;
        return;
      }
      const account = connectedAccount(ctx);
      const call = await request(ctx);
      const { request: prepared } = await simulateContract(ctx.deps.wagmi, {
        ...call,
        account,
        chainId: ctx.deps.chainId,
      } as never);
      const hash = await writeContract(ctx.deps.wagmi, prepared as never);
      ctx.results[`${id}.hash`] = hash;
      ctx.hash = hash;
      ctx.receipt = undefined;
    },
  };
}

/** Waits for a receipt; a reverted one is replayed to name the contract's error. */
async function receiptOf(ctx: Ctx, hash: Hash, sendId: string): Promise<TransactionReceipt> {
  const client = getPublicClient(ctx.deps.wagmi, { chainId: ctx.deps.chainId });
  if (!client) throw new Error(`No client for chain ${ctx.deps.chainId}`);
  const receipt = await waitForTransactionReceipt(client, { hash });
  if (receipt.status === "success") return receipt;
  // Reverted on chain (state changed since the simulation): a retry sends a new transaction.
  delete ctx.results[`${sendId}.hash`];
  let decoded: DecodedError = { kind: "revert", name: "Reverted", message: ctx.t("tx.error.reverted") };
  try {
    const sent = await getTransaction(client, { hash });
    await call(client, {
      account: sent.from,
      to: sent.to ?? undefined,
      data: sent.input,
      value: sent.value,
      blockNumber: receipt.blockNumber,
    });
  } catch (replayed) {
    const named = decodeTxError(replayed, ctx.t);
    if (named.kind === "revert" || named.kind === "funds") decoded = { ...named, kind: "revert" };
  }
  throw new TxStepError(decoded, sendId);
}

/** Waits until the transaction of the "send" step is mined; a revert there sends again on retry. */
export function minedStep({ id = "mined", sendId = "send" }: { id?: string; sendId?: string } = {}): WriteStep {
  return {
    id,
    label: (t) => t("tx.steps.mined"),
    async run(ctx) {
      if (!ctx.hash) throw new Error("Nothing was sent");
      const hash = ctx.hash;
      try {
        ctx.receipt = await receiptOf(ctx, hash, sendId);
      } catch (error) {
        if (error instanceof TxStepError) ctx.hash = undefined;
        throw error;
      }
    },
  };
}

/**
 * Read-your-writes: waits until the subgraph's `_meta` block has reached the receipt's block, then
 * refreshes the given queries, so the next read shows the user their own write.
 */
export function indexedStep({
  id = "indexed",
  invalidate,
}: {
  id?: string;
  invalidate: readonly QueryKey[];
}): WriteStep {
  return {
    id,
    label: (t) => t("tx.steps.indexed"),
    async run({ deps, receipt, signal }) {
      if (deps.indexer && receipt) {
        await waitForIndexedBlock(deps.indexer, receipt.blockNumber, { ...deps.indexerWait, signal });
      }
      await Promise.all(invalidate.map((queryKey) => deps.queryClient.invalidateQueries({ queryKey })));
    },
  };
}

/** The usual three: send (simulated first), mined, indexed (then refresh `invalidate`). */
export function contractWrite(options: {
  request: (ctx: Ctx) => WriteRequest | Promise<WriteRequest>;
  invalidate: readonly QueryKey[];
  label?: string;
}): WriteStep[] {
  return [sendStep({ request: options.request, label: options.label }), minedStep(), indexedStep(options)];
}

/** Asks the wallet to sign EIP-712 typed data; the signature is kept in `results[id]`. */
export function signStep({
  id = "sign",
  label,
  typedData,
}: {
  id?: string;
  label?: string;
  typedData: (ctx: Ctx) => TypedDataDefinition | Promise<TypedDataDefinition>;
}): WriteStep {
  return {
    id,
    label: label ?? ((t) => t("tx.steps.sign")),
    async run(ctx) {
      const account = connectedAccount(ctx);
      const data = await typedData(ctx);
      ctx.results[id] = await signTypedData(ctx.deps.wagmi, { ...data, account } as never);
    },
  };
}

/** An ERC-2612 permit as the Marketplace's `…WithPermit` functions take it. */
export interface PermitResult {
  value: bigint;
  deadline: bigint;
  v: number;
  r: Hex;
  s: Hex;
}

/**
 * Signs an ERC-2612 permit for `spender` to take `value` of `token` (no approve transaction); the
 * result (value, deadline, v, r, s) is kept in `results[id]`.
 */
export function permitStep({
  id = "permit",
  token,
  spender,
  value,
  deadlineSeconds = 3_600,
}: {
  id?: string;
  token: Address;
  spender: Address;
  value: (ctx: Ctx) => bigint;
  deadlineSeconds?: number;
}): WriteStep {
  const abi = abis.MockUSDC; // the ERC-2612 surface (name, nonces, eip712Domain), same for every permit token
  return {
    id,
    label: (t) => t("tx.steps.permit"),
    async run(ctx) {
      const owner = connectedAccount(ctx);
      const { wagmi, chainId } = ctx.deps;
      const [nonce, domain] = await Promise.all([
        readContract(wagmi, { address: token, abi, functionName: "nonces", args: [owner], chainId }),
        readContract(wagmi, { address: token, abi, functionName: "eip712Domain", chainId }),
      ]);
      const amount = value(ctx);
      // From the chain's clock (the token checks block time), never behind the browser's.
      const block = await getBlock(wagmi, { chainId });
      const start = BigInt(Math.max(Math.floor(Date.now() / 1000), Number(block.timestamp)));
      const deadline = start + BigInt(deadlineSeconds);
      const message = { owner, spender, value: amount, nonce, deadline };
      const signature = await signTypedData(wagmi, { account: owner, ...permitTypedData(domain, message) });
      ctx.results[id] = permitArgument(signature, amount, deadline) satisfies PermitResult;
    },
  };
}

/**
 * Approves `spender` for `amount` of an ERC-20 `token` when the allowance is short (a transaction
 * of its own, waited for here); kept apart from the main action, and never sent twice.
 */
export function approveStep({
  id = "approve",
  token,
  spender,
  amount,
}: {
  id?: string;
  token: Address;
  spender: Address;
  amount: (ctx: Ctx) => bigint;
}): WriteStep {
  const abi = abis.IERC20Metadata;
  return {
    id,
    label: (t) => t("tx.steps.approve"),
    async run(ctx) {
      const { wagmi, chainId } = ctx.deps;
      let hash = ctx.results[`${id}.hash`] as Hash | undefined;
      if (!hash) {
        const owner = connectedAccount(ctx);
        const needed = amount(ctx);
        const allowance = await readContract(wagmi, {
          address: token,
          abi,
          functionName: "allowance",
          args: [owner, spender],
          chainId,
        });
        if (allowance >= needed) return;
        const { request } = await simulateContract(wagmi, {
          address: token,
          abi,
          functionName: "approve",
          args: [spender, needed],
          account: owner,
          chainId,
        });
        hash = await writeContract(wagmi, request);
        ctx.results[`${id}.hash`] = hash;
      }
      await receiptOf(ctx, hash, id);
    },
  };
}

/** What an upload step keeps in `results[id]`: the root CID and its raw bytes for the contract. */
export interface Uploaded {
  cid: string;
  bytes: Hex;
}

/**
 * Uploads content to IPFS (with a progress bar) once per write: a retry after a failed send reuses
 * the CID. `upload` resolves with the root CID; an upload failure reads as one sentence.
 */
export function uploadStep({
  id = "upload",
  label,
  upload,
}: {
  id?: string;
  label?: string | ((t: Ctx["t"]) => string);
  upload: (ctx: Ctx) => Promise<string>;
}): WriteStep {
  return {
    id,
    label: label ?? ((t) => t("tx.steps.upload")),
    progress: true,
    async run(ctx) {
      if (ctx.results[id]) return;
      let cid: string;
      try {
        cid = await upload(ctx);
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        const detail = error instanceof Error ? error.message : String(error);
        throw new TxStepError({ kind: "network", name: "UploadFailed", message: ctx.t("tx.error.upload", { detail }) });
      }
      const { cidToHex } = await import("@agora/content");
      ctx.results[id] = { cid, bytes: cidToHex(cid) } satisfies Uploaded;
    },
  };
}

/** The upload step's result, for a later step's call. */
export const uploadedBy = (ctx: Ctx, id = "upload") => ctx.results[id] as Uploaded;

/**
 * Read-your-writes for IPFS documents: the index reads a published document (a profile, a listing's
 * metadata) a moment after its block, so this waits until `until` sees it, then refreshes
 * `invalidate`. Fails with the indexer sentence after `timeoutMs`.
 */
export function documentIndexedStep({
  id = "documentIndexed",
  until,
  invalidate,
  timeoutMs = 30_000,
  intervalMs = 300,
}: {
  id?: string;
  until: (ctx: Ctx) => Promise<boolean>;
  invalidate: readonly QueryKey[];
  timeoutMs?: number;
  intervalMs?: number;
}): WriteStep {
  return {
    id,
    label: (t) => t("tx.steps.document"),
    async run(ctx) {
      const deadline = Date.now() + timeoutMs;
      while (!(await until(ctx).catch(() => false))) {
        if (ctx.signal.aborted) throw new Error("aborted");
        if (Date.now() + intervalMs > deadline) {
          throw new TxStepError({ kind: "network", name: "DocumentNotIndexed", message: ctx.t("tx.error.indexer") });
        }
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
      await Promise.all(invalidate.map((queryKey) => ctx.deps.queryClient.invalidateQueries({ queryKey })));
    },
  };
}
