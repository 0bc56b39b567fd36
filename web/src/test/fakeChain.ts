// A fake JSON-RPC chain for component tests of wallet islands (wagmi's mock connector): signs with
// a fixed signature, simulates (or reverts with `revertData`), records what is sent and mines it at
// once in block BLOCK.
import { vi } from "vitest";
import { defineChain, type Hex } from "viem";
import { testConfig } from "./renderApp";

export const HASH = `0x${"ab".repeat(32)}` as Hex;
export const BLOCK = 7;

export const localChain = defineChain({
  id: 31337,
  name: "local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [testConfig.rpcUrl] } },
});

export function fakeChain({ from, signature }: { from: Hex; signature?: Hex }) {
  const chain = {
    revertData: undefined as Hex | undefined,
    signed: [] as unknown[],
    sent: [] as Hex[],
    async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
      switch (method) {
        case "eth_chainId":
          return "0x7a69";
        case "eth_sign":
          chain.signed.push(params);
          if (!signature) throw new Error("fake chain: no signature configured");
          return signature;
        case "eth_call":
          if (chain.revertData)
            throw Object.assign(new Error("execution reverted"), { code: 3, data: chain.revertData });
          return "0x";
        case "eth_estimateGas":
          return "0x5208";
        case "eth_sendTransaction":
          chain.sent.push((params as [{ data: Hex }])[0].data);
          return HASH;
        case "eth_blockNumber":
          return `0x${BLOCK.toString(16)}`;
        case "eth_getTransactionReceipt":
          return chain.sent.length
            ? {
                transactionHash: HASH,
                transactionIndex: "0x0",
                blockHash: `0x${"cd".repeat(32)}`,
                blockNumber: `0x${BLOCK.toString(16)}`,
                from,
                to: "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e",
                cumulativeGasUsed: "0x5208",
                gasUsed: "0x5208",
                effectiveGasPrice: "0x1",
                logs: [],
                logsBloom: `0x${"0".repeat(512)}`,
                status: "0x1",
                type: "0x2",
                contractAddress: null,
              }
            : null;
        default:
          throw new Error(`fake chain: ${method}`);
      }
    },
  };
  return chain;
}

export type FakeChain = ReturnType<typeof fakeChain>;

/**
 * Answers the page's JSON-RPC over fetch from `chain` (a fake chain, or a test's own), errors with
 * their code and revert data as a node sends them. Undone by `vi.unstubAllGlobals()`.
 */
export function serveJsonRpc(chain: { request(body: { method: string; params?: unknown }): Promise<unknown> }) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: number; method: string; params: unknown };
      try {
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: await chain.request(body) }));
      } catch (error) {
        const { code = -32603, message, data } = error as { code?: number; message: string; data?: Hex };
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, error: { code, message, data } }));
      }
    }),
  );
}
