import { abis } from "@agora/contracts";
import { QueryClient } from "@tanstack/react-query";
import { act, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { defineChain, encodeErrorResult, encodeFunctionResult, type Hex } from "viem";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppConfig } from "../../config/appConfig";
import { initI18n } from "../i18n/i18n";
import type { IndexerClient } from "../indexer/client";
import { indexerKeys } from "../indexer/queryKeys";
import { renderHookWithWallet } from "../../test/walletHarness";
import { contractWrite } from "./steps";
import { useWrite } from "./useWrite";

const RPC = "http://127.0.0.1:8545";
const account = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const marketplace = "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e";
const HASH = `0x${"ab".repeat(32)}` as Hex;
const RECEIPT_BLOCK = 7;

const local = defineChain({
  id: 31337,
  name: "local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [RPC] } },
});
const other = defineChain({ ...local, id: 10, name: "other" });

/** A chain we control: eth_call answers `callResult` (or reverts with `revertData`), sends are counted. */
function fakeChain() {
  const chain = {
    revertData: undefined as Hex | undefined,
    sent: 0,
    status: "0x1" as Hex,
    methods: [] as string[],
    async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
      chain.methods.push(method);
      switch (method) {
        case "eth_chainId":
          return "0x7a69";
        case "eth_call":
          if (chain.revertData) {
            throw Object.assign(new Error("execution reverted"), { code: 3, data: chain.revertData });
          }
          return encodeFunctionResult({ abi: abis.Marketplace, functionName: "purchase", result: 1n });
        case "eth_estimateGas":
          return "0x5208";
        case "eth_sendTransaction":
          chain.sent++;
          return HASH;
        case "eth_blockNumber":
          return `0x${RECEIPT_BLOCK.toString(16)}`;
        case "eth_getTransactionReceipt":
          return chain.sent
            ? {
                transactionHash: HASH,
                transactionIndex: "0x0",
                blockHash: `0x${"cd".repeat(32)}`,
                blockNumber: `0x${RECEIPT_BLOCK.toString(16)}`,
                from: account.toLowerCase(),
                to: marketplace,
                cumulativeGasUsed: "0x5208",
                gasUsed: "0x5208",
                effectiveGasPrice: "0x1",
                logs: [],
                logsBloom: `0x${"0".repeat(512)}`,
                status: chain.status,
                type: "0x2",
                contractAddress: null,
              }
            : null;
        default:
          throw new Error(`fake chain: ${method} ${JSON.stringify(params)}`);
      }
    },
  };
  return chain;
}

/** A subgraph whose `_meta` block climbs by 2 on every poll, from `start`; or fails `failures` times. */
function fakeIndexer(start: number) {
  const polls: number[] = [];
  let block = start;
  let failures = 0;
  const client: IndexerClient = {
    async request() {
      if (failures > 0) {
        failures--;
        throw Object.assign(new Error("down"), { name: "IndexerError", kind: "timeout" });
      }
      polls.push(block);
      const answer = { _meta: { block: { number: block } } };
      block += 2;
      return answer as never;
    },
  };
  return { client, polls, failNext: (count: number) => (failures = count) };
}

const appConfig: AppConfig = {
  chainId: 31337,
  chainName: "Agora local",
  rpcUrl: RPC,
  ipfsGateways: [],
  devWallet: false,
  explorerUrl: "https://explorer.example",
  hidden: { listings: [], sellers: [] },
  chains: [],
};

let chain: ReturnType<typeof fakeChain>;

beforeEach(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  chain = fakeChain();
  // The mock connector sends wallet requests (eth_sendTransaction) to the chain's RPC URL over HTTP.
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: number; method: string; params: unknown };
      try {
        const result = await chain.request(body);
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result }));
      } catch (error) {
        const { code = -32603, message, data } = error as { code?: number; message: string; data?: Hex };
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, error: { code, message, data } }));
      }
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function setup({
  indexerStart = 3,
  walletChain = local.id,
}: { indexerStart?: number; walletChain?: typeof local.id | typeof other.id } = {}) {
  const indexer = fakeIndexer(indexerStart);
  const { invalidate, cleanup, ...hook } = await renderHookWithWallet(
    () => useWrite({ indexerWait: { intervalMs: 5, timeoutMs: 300 } }),
    {
      account,
      chain,
      indexer: indexer.client,
      config: appConfig,
      queryClient: new QueryClient(),
      chains: [local, other],
      chainId: walletChain,
    },
  );
  return { hook, invalidate, indexer, cleanup };
}

const purchase = () =>
  contractWrite({
    request: () => ({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "purchase",
      args: [1n, 2, 10n, "0x"],
    }),
    invalidate: [indexerKeys.listing("1"), indexerKeys.orders()],
  });

describe("useWrite (wagmi mock connector)", () => {
  it("simulates, sends, waits for the receipt, then for the index to reach its block, then refreshes", async () => {
    const { hook, invalidate, indexer, cleanup } = await setup({ indexerStart: 3 });
    let outcome: Awaited<ReturnType<typeof hook.result.current.run>> | undefined;
    await act(async () => {
      outcome = await hook.result.current.run({ steps: purchase(), success: "Bought." });
    });
    expect(outcome).toMatchObject({ ok: true, hash: HASH });
    expect(chain.methods.indexOf("eth_call")).toBeLessThan(chain.methods.indexOf("eth_sendTransaction"));
    expect(chain.sent).toBe(1);
    const state = hook.result.current.state;
    expect(state.status).toBe("done");
    expect(state.steps.map((step) => [step.id, step.status])).toEqual([
      ["send", "done"],
      ["mined", "done"],
      ["indexed", "done"],
    ]);
    expect(state.receipt?.blockNumber).toBe(BigInt(RECEIPT_BLOCK));
    // Polled 3, 5, 7: done at the receipt's block, not before.
    expect(indexer.polls).toEqual([3, 5, 7]);
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.listing("1"),
      indexerKeys.orders(),
    ]);
    await cleanup();
  });

  it("shows a revert found by the simulation as a sentence, sends nothing, and sends once on retry", async () => {
    const { hook, cleanup } = await setup();
    chain.revertData = encodeErrorResult({ abi: abis.Marketplace, errorName: "InsufficientStock", args: [1n, 2n, 5n] });
    await act(async () => {
      await hook.result.current.run({ steps: purchase() });
    });
    let state = hook.result.current.state;
    expect(state.status).toBe("failed");
    expect(state.error).toMatchObject({ kind: "revert", name: "InsufficientStock", message: "Only 2 left." });
    expect(state.steps[0]?.status).toBe("failed");
    expect(chain.sent).toBe(0);

    chain.revertData = undefined;
    await act(async () => {
      await hook.result.current.retry();
    });
    state = hook.result.current.state;
    expect(state.status).toBe("done");
    expect(chain.sent).toBe(1);
    await cleanup();
  });

  it("never sends a mined transaction again when the index step fails and is retried", async () => {
    const { hook, indexer, invalidate, cleanup } = await setup({ indexerStart: RECEIPT_BLOCK });
    indexer.failNext(1_000);
    await act(async () => {
      await hook.result.current.run({ steps: purchase() });
    });
    expect(hook.result.current.state.status).toBe("failed");
    expect(hook.result.current.state.steps.map((step) => step.status)).toEqual(["done", "done", "failed"]);
    expect(hook.result.current.state.error?.kind).toBe("network");
    expect(hook.result.current.state.hash).toBe(HASH);
    expect(invalidate).not.toHaveBeenCalled();

    indexer.failNext(0);
    await act(async () => {
      await hook.result.current.retry();
    });
    expect(hook.result.current.state.status).toBe("done");
    expect(chain.sent).toBe(1);
    expect(chain.methods.filter((method) => method === "eth_sendTransaction")).toHaveLength(1);
    expect(invalidate).toHaveBeenCalledTimes(2);
    await cleanup();
  });

  it("asks to switch the wallet to the site's chain first, as its own step", async () => {
    const { hook, cleanup } = await setup({ walletChain: other.id });
    await act(async () => {
      await hook.result.current.run({ steps: purchase() });
    });
    await waitFor(() => expect(hook.result.current.state.status).toBe("done"));
    expect(hook.result.current.state.steps[0]).toMatchObject({
      id: "switchChain",
      label: "Switch your wallet to Agora local",
      status: "done",
    });
    await cleanup();
  });
});
