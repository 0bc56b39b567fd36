import { delay, type ManagedProcess } from "./process.js";

/** Thrown by a readiness check when waiting longer cannot help (e.g. the subgraph failed). */
export class FatalStartError extends Error {}

/** Polls `check` until it returns true, or fails with a message naming what never became ready. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  {
    timeoutMs = 60_000,
    intervalMs = 200,
    exited,
  }: { timeoutMs?: number; intervalMs?: number; exited?: Promise<unknown> } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let processEnded = false;
  void exited?.then(() => (processEnded = true));
  while (Date.now() < deadline) {
    if (processEnded) throw new Error(`${what} exited before it was ready (see its log)`);
    const ready = await check().catch((error: unknown) => {
      if (error instanceof FatalStartError) throw error;
      return false;
    });
    if (ready) return;
    await delay(intervalMs);
  }
  throw new Error(`${what} was not ready after ${timeoutMs / 1000} s (see its log)`);
}

/** True when a JSON-RPC endpoint answers `eth_chainId`. */
export async function jsonRpcAnswers(url: string): Promise<boolean> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    signal: AbortSignal.timeout(2_000),
  });
  return response.ok;
}

/** True when `url` answers with a status below 500. */
export async function httpAnswers(url: string, init: RequestInit = {}): Promise<boolean> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) });
  return response.status < 500;
}

/** Waits for a started process to be ready; if it never is, stops it so nothing is left behind. */
export async function waitForProcess(
  process: ManagedProcess,
  check: () => Promise<boolean>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  try {
    await waitUntil(process.name, check, { ...options, exited: process.exited });
  } catch (error) {
    await process.stop();
    throw error;
  }
}
