// zod/mini: the first load parses config.json and the cart, and full zod would triple their cost.
import * as z from "zod/mini";
// Addresses only (no ABIs): the check runs in the first load.
import { deployments } from "@agora/contracts/addresses";

/** An http(s) URL: `localhost:8545` (no scheme) parses as a URL, but no browser can fetch it. */
const httpUrl = () => z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

/** One chain the site runs on: where it reads and writes, and where its index is. */
const chainShape = {
  /** The chain's id (EIP-155). */
  chainId: z.number().check(z.int(), z.positive()),
  /** Human-readable name of that chain. */
  chainName: z.string().check(z.minLength(1)),
  /** JSON-RPC endpoint for reads (wallets bring their own for writes). */
  rpcUrl: httpUrl(),
  /** GraphQL endpoint of the Agora subgraph on this chain, once it is deployed. */
  subgraphUrl: z.optional(httpUrl()),
  /** Block explorer of the chain (e.g. https://basescan.org); result toasts link `<explorerUrl>/tx/<hash>`. */
  explorerUrl: z.optional(httpUrl()),
  /** Offer the built-in dev wallet (anvil's dev accounts). Local chains only. */
  devWallet: z._default(z.boolean(), false),
};

/** What every chain of the site shares: IPFS, wallets, what the host hides. */
const sharedShape = {
  /** IPFS gateways for verified reads, tried in order. */
  ipfsGateways: z._default(z.array(httpUrl()), []),
  /** Kubo-RPC endpoint accepting `dag/import` uploads, if the hoster runs one. */
  ipfsUploadUrl: z.optional(httpUrl()),
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
};

export const chainConfigSchema = z.object(chainShape);

/**
 * config.json with several chains: `{ "chains": [{ chainId, chainName, rpcUrl, … }, …], ipfsGateways, … }`.
 * The first chain is where a new visitor starts.
 */
const multiChainSchema = z.object({
  chains: z.array(chainConfigSchema).check(
    z.minLength(1, "must list at least one chain"),
    z.refine(
      (chains) => new Set(chains.map((chain) => chain.chainId)).size === chains.length,
      "lists a chain id twice",
    ),
  ),
  ...sharedShape,
});

/** The single-chain form: the chain's fields at the top level. */
const singleChainSchema = z.object({ ...chainShape, ...sharedShape });

export type ChainConfig = z.output<typeof chainConfigSchema>;
export type SiteConfig = z.output<typeof multiChainSchema>;

/**
 * The one runtime configuration of the built site: `config.json` beside index.html. The same
 * build runs on the local stack and on any host; only this file changes. Either form is read
 * into the several-chain one; on failure, each problem as `path: message`.
 */
export function parseSiteConfig(input: unknown): { ok: true; site: SiteConfig } | { ok: false; problems: string[] } {
  const multi = typeof input === "object" && input !== null && "chains" in input;
  const parsed = multi ? multiChainSchema.safeParse(input) : singleChainSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.length ? issue.path.join(".") : "(file)"}: ${issue.message}`,
      ),
    };
  }
  if ("chains" in parsed.data) return { ok: true, site: parsed.data };
  const { chainId, chainName, rpcUrl, subgraphUrl, explorerUrl, devWallet, ...shared } = parsed.data;
  return {
    ok: true,
    site: { ...shared, chains: [{ chainId, chainName, rpcUrl, subgraphUrl, explorerUrl, devWallet }] },
  };
}

/**
 * What a page sees (`useAppConfig()`): the chain the site is on, flat, with what all chains share
 * and the list of every chain.
 */
export type AppConfig = Omit<SiteConfig, "chains"> & ChainConfig & { chains: readonly ChainConfig[] };

/** The site's config on one of its chains (undefined when the site does not list `chainId`). */
export function configForChain(site: SiteConfig, chainId: number): AppConfig | undefined {
  const chain = site.chains.find((candidate) => candidate.chainId === chainId);
  if (!chain) return undefined;
  const { chains, ...shared } = site;
  return { ...shared, ...chain, chains };
}

/** A config.json that cannot run the site: what is wrong, field by field. */
export class SiteConfigError extends Error {
  override name = "SiteConfigError";
  constructor(
    readonly url: string,
    readonly problems: readonly string[],
  ) {
    super(`${url}: ${problems.join("; ")}`);
  }
}

/** The chains of a valid config.json this build has no contracts for (its deployments). */
export function undeployedChains(site: SiteConfig): ChainConfig[] {
  const deployed = deployments as Record<number, { Marketplace?: unknown } | undefined>;
  return site.chains.filter((chain) => !deployed[chain.chainId]?.Marketplace);
}

/**
 * Loads and validates config.json: its shape (every URL a URL), and that this build's contracts
 * are deployed on every chain it lists. The error names each bad field so a hoster can fix it.
 */
export async function loadSiteConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<SiteConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (error) {
    throw new SiteConfigError(url, [`could not be fetched (${error instanceof Error ? error.message : error})`]);
  }
  if (!response.ok) throw new SiteConfigError(url, [`could not be loaded (HTTP ${response.status})`]);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SiteConfigError(url, ["is not JSON"]);
  }
  const parsed = parseSiteConfig(body);
  if (!parsed.ok) throw new SiteConfigError(url, parsed.problems);
  const { site } = parsed;
  const undeployed = undeployedChains(site);
  if (undeployed.length > 0) {
    throw new SiteConfigError(
      url,
      undeployed.map(
        (chain) =>
          `chains: ${chain.chainName} (chain id ${chain.chainId}) has no Agora deployment in this build (deployments/${chain.chainId}.json)`,
      ),
    );
  }
  return site;
}
