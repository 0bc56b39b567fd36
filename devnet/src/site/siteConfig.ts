// The site's config.json for public networks, derived from what was deployed (deployments/<chainId>.json)
// and each network's reviewed site fields (deployments/networks/<name>.json `site`).
import { existsSync } from "node:fs";
import path from "node:path";
import { readDeploymentFile } from "@agora/contracts/deployments";
import { readNetworkParams } from "../deploy/params.js";

/** One chain of config.json's multi-chain form. */
export interface SiteChain {
  chainId: number;
  chainName: string;
  rpcUrl: string;
  subgraphUrl?: string;
  explorerUrl: string;
  devWallet: false;
}

/** config.json's multi-chain form (see web/src/config/appConfig.ts). */
export interface MultiChainSiteConfig {
  chains: SiteChain[];
  ipfsGateways: string[];
  ipfsUploadUrl?: string;
  walletConnectProjectId?: string;
}

export interface SiteConfigOptions {
  /** Parameter files' names, in the order the site lists them (the first is where visitors start). */
  networks: readonly string[];
  /** Holds networks/<name>.json and <chainId>.json. */
  deploymentsDir: string;
  walletConnectProjectId?: string;
}

/**
 * Builds config.json for `networks`. Refuses a network without a deployment file: the site must
 * never list a chain its contracts are not on. IPFS gateways are merged in order; the networks
 * must agree on the upload URL.
 */
export async function siteConfigFor(options: SiteConfigOptions): Promise<MultiChainSiteConfig> {
  if (options.networks.length === 0) throw new Error("name at least one network");
  const chains: SiteChain[] = [];
  const gateways: string[] = [];
  const uploadUrls = new Map<string, string>();
  for (const network of options.networks) {
    const params = await readNetworkParams(options.deploymentsDir, network);
    const file = path.join(options.deploymentsDir, `${params.chainId}.json`);
    if (!existsSync(file)) {
      throw new Error(
        `${network} (chain ${params.chainId}) has no deployment: ${file} is missing. ` +
          `Deploy first (npm run deploy -- --network ${network}).`,
      );
    }
    const deployment = await readDeploymentFile(file);
    if (deployment.chainId !== params.chainId || !deployment.contracts.Marketplace) {
      throw new Error(`${file} does not record a Marketplace on chain ${params.chainId}`);
    }
    if (chains.some((chain) => chain.chainId === params.chainId)) {
      throw new Error(`${network}: chain ${params.chainId} is listed twice`);
    }
    const { site } = params;
    chains.push({
      chainId: params.chainId,
      chainName: site.chainName,
      rpcUrl: params.rpcUrl,
      ...(site.subgraphUrl ? { subgraphUrl: site.subgraphUrl } : {}),
      explorerUrl: params.explorerUrl,
      devWallet: false,
    });
    for (const gateway of site.ipfsGateways) if (!gateways.includes(gateway)) gateways.push(gateway);
    if (site.ipfsUploadUrl) uploadUrls.set(network, site.ipfsUploadUrl);
  }
  const uploads = new Set(uploadUrls.values());
  if (uploads.size > 1) {
    const listed = [...uploadUrls].map(([network, url]) => `${network}: ${url}`).join(", ");
    throw new Error(`the networks name different site.ipfsUploadUrl values (${listed}); the site has one`);
  }
  return {
    chains,
    ipfsGateways: gateways,
    ...(uploads.size ? { ipfsUploadUrl: [...uploads][0] } : {}),
    ...(options.walletConnectProjectId ? { walletConnectProjectId: options.walletConnectProjectId } : {}),
  };
}
