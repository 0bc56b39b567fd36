import { mkdir } from "node:fs/promises";
import path from "node:path";
import { foundryBinary, LOCAL_CHAIN_ID } from "../stack/foundry.js";
import { startProcess } from "../stack/process.js";
import { jsonRpcAnswers, waitForProcess } from "../stack/ready.js";
import type { Service } from "../stack/service.js";

export interface AnvilOptions {
  /**
   * Also mine an empty block every this many seconds (transactions still mine at once). graph-node
   * writes a fetched IPFS file only when it processes the next block, so the stack needs one.
   */
  blockTime?: number;
  /** Keep the chain in `<stateDir>/anvil/state.json` across restarts. */
  persist?: boolean;
  /** Chain id (31337 by default; a second local chain for multi-chain tests takes another). */
  chainId?: number;
}

/** anvil on 127.0.0.1, chain 31337 unless told, its ten standard dev accounts funded. */
export function anvilService({ blockTime, persist = true, chainId = LOCAL_CHAIN_ID }: AnvilOptions = {}): Service {
  return {
    name: "anvil",
    async start(ctx) {
      const dir = path.join(ctx.stateDir, "anvil");
      await mkdir(dir, { recursive: true });
      const args = ["--host", "127.0.0.1", "--port", String(ctx.ports.anvil), "--chain-id", String(chainId)];
      // --state loads the file if present and dumps to it on exit (SIGINT) and every interval.
      if (persist) args.push("--state", path.join(dir, "state.json"), "--state-interval", "30");
      if (blockTime) args.push("--block-time", String(blockTime), "--mixed-mining");
      const anvil = await startProcess({
        name: "anvil",
        command: foundryBinary(ctx.root, "anvil"),
        args,
        logDir: ctx.logDir,
        stopSignal: "SIGINT",
      });
      const rpc = `http://127.0.0.1:${ctx.ports.anvil}`;
      await waitForProcess(anvil, () => jsonRpcAnswers(rpc), { timeoutMs: 30_000 });
      ctx.urls.rpc = rpc;
      return { stop: () => anvil.stop() };
    },
  };
}
