import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  anvilService,
  deployService,
  privateStackContext,
  removeStackState,
  startStack,
  webService,
} from "@agora/devnet";

/** Starts a private stack for the browser tests and hands its URLs to them through the env. */
export default async function globalSetup() {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-e2e-"));
  const ctx = await privateStackContext(stateDir);
  const stack = await startStack(
    [anvilService({ persist: false }), deployService({ generate: true }), webService({ mode: "preview" })],
    ctx,
  );
  process.env.AGORA_E2E_WEB_URL = ctx.urls.web;
  process.env.AGORA_E2E_RPC_URL = ctx.urls.rpc;
  process.env.AGORA_E2E_STATE_DIR = stateDir;
  return async () => {
    await stack.stop();
    await removeStackState(stateDir);
  };
}
