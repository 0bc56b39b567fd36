import type { VerifiedFetch } from "@helia/verified-fetch";
import { collectBytes } from "./bytes.js";
import { ContentNotFoundError, ContentReadError, ContentTimeoutError, parseIpfsAddress } from "./read.js";

export interface VerifiedFetchReaderOptions {
  /** Trustless gateways, tried as recursive gateways. */
  gateways: readonly string[];
  /** Allow loopback/private gateway addresses and plain http: only for the local node. */
  allowLocal?: boolean;
  /** Per-read timeout (default 15 s). */
  timeoutMs?: number;
}

export interface VerifiedFetchReader {
  /** The underlying `verifiedFetch` (ipfs:// URLs; use an Accept header, not `?format=`). */
  readonly fetch: VerifiedFetch;
  read(address: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
  stop(): Promise<void>;
}

/** A router that knows nothing: Helia hangs forever with zero routers. */
const noopRouter = {
  name: "agora-noop",
  async *findProviders() {},
};

/**
 * `@helia/verified-fetch` over an HTTP-only Helia (no libp2p, no delegated routing), loaded
 * lazily (~190 KB gz) so pages that never read IPFS never pay for it.
 */
export async function createVerifiedFetchReader(options: VerifiedFetchReaderOptions): Promise<VerifiedFetchReader> {
  await import("./polyfill.js");
  const [{ createHeliaLight }, { withHTTP }, { createVerifiedFetchWithHelia }] = await Promise.all([
    import("helia"),
    import("@helia/http"),
    import("@helia/verified-fetch"),
  ]);
  const helia = withHTTP(createHeliaLight({ routers: [noopRouter] }), {
    delegatedRouters: [],
    recursiveGateways: [...options.gateways],
    allowLocal: options.allowLocal ?? false,
    allowInsecure: options.allowLocal ?? false,
  });
  await helia.start();
  const verifiedFetch = await createVerifiedFetchWithHelia(helia);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    fetch: verifiedFetch,
    async read(address, { signal } = {}) {
      const { cid, path } = parseIpfsAddress(address);
      const what = `${cid}${path ? `/${path}` : ""}`;
      const timeout = AbortSignal.timeout(timeoutMs);
      try {
        const response = await verifiedFetch(`ipfs://${what}`, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        if (response.status === 404) throw new ContentNotFoundError(`${what} was not found`);
        if (!response.ok || !response.body)
          throw new ContentReadError(`reading ${what} failed: HTTP ${response.status}`);
        return await collectBytes(response.body as unknown as AsyncIterable<Uint8Array>);
      } catch (error) {
        if (timeout.aborted)
          throw new ContentTimeoutError(
            `reading ${what} timed out after ${timeoutMs / 1000} s (not found on ${options.gateways.join(", ")})`,
          );
        throw error;
      }
    },
    async stop() {
      await verifiedFetch.stop();
    },
  };
}
