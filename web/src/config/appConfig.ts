// zod/mini: the first load parses config.json and the cart, and full zod would triple their cost.
import * as z from "zod/mini";

/**
 * The one runtime configuration of the built site: `config.json` beside index.html. The same
 * build runs on the local stack and on any host; only this file changes.
 */
export const appConfigSchema = z.object({
  /** The chain the site transacts on. */
  chainId: z.number().check(z.int(), z.positive()),
  /** Human-readable name of that chain. */
  chainName: z.string().check(z.minLength(1)),
  /** JSON-RPC endpoint for reads (wallets bring their own for writes). */
  rpcUrl: z.url(),
  /** GraphQL endpoint of the Agora subgraph, once it is deployed. */
  subgraphUrl: z.optional(z.url()),
  /** IPFS gateways for verified reads, tried in order. */
  ipfsGateways: z._default(z.array(z.url()), []),
  /** Kubo-RPC endpoint accepting `dag/import` uploads, if the hoster runs one. */
  ipfsUploadUrl: z.optional(z.url()),
  /** Offer the built-in dev wallet (anvil's dev accounts). Local chains only. */
  devWallet: z._default(z.boolean(), false),
  /** Block explorer of the chain (e.g. https://basescan.org); result toasts link `<explorerUrl>/tx/<hash>`. */
  explorerUrl: z.optional(z.url()),
  /** WalletConnect Cloud project id; without it only injected wallets are offered. */
  walletConnectProjectId: z.optional(z.string()),
  /**
   * What this host chooses not to show (lowercase ids). The protocol stays open: the listings stay
   * on chain and other hosts show them.
   */
  hidden: z._default(
    z.object({
      /** Listing ids, decimal or 0x-hex (as in the listing's URL); kept as decimal strings. */
      listings: z._default(
        z.array(
          z.pipe(
            z.string().check(z.regex(/^(\d{1,78}|0x[0-9a-fA-F]{1,64})$/, "must be a listing id (decimal or 0x-hex)")),
            z.transform((id: string) => BigInt(id).toString()),
          ),
        ),
        [],
      ),
      /** Seller addresses. */
      sellers: z._default(
        z.array(
          z.pipe(
            z.string().check(z.regex(/^0x[0-9a-fA-F]{40}$/, "must be an address")),
            z.transform((a: string) => a.toLowerCase()),
          ),
        ),
        [],
      ),
    }),
    { listings: [], sellers: [] },
  ),
});

export type AppConfig = z.output<typeof appConfigSchema>;

/** Loads and validates config.json; the error names the bad field so a hoster can fix it. */
export async function loadAppConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<AppConfig> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
  const parsed = appConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`${url} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
