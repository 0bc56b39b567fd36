import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createPublicClient, http } from "viem";
import { abis } from "@agora/contracts";
import { seedDemoCatalogue } from "../seed/seed.js";
import type { Service } from "../stack/service.js";
import { requireDeployment } from "./deploy.js";

/**
 * Seeds the demo catalogue once per chain: skipped when `<state>/seed.json` records a seed and the
 * chain still holds its listings (a restart onto the same state).
 */
export function seedService(): Service {
  return {
    name: "seed",
    async start(ctx) {
      if (!ctx.urls.rpc || !ctx.urls.ipfs) throw new Error("seeding needs the chain and IPFS started before it");
      const deployment = requireDeployment(ctx, "seeding");
      const marker = path.join(ctx.stateDir, "seed.json");
      const marketplace = deployment.contracts.Marketplace!.address;
      const client = createPublicClient({ transport: http(ctx.urls.rpc) });
      const listingCount = await client.readContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "listingCount",
      });
      if (existsSync(marker) && listingCount > 0n) {
        console.log(`demo catalogue: already seeded (${listingCount} listings)`);
        return;
      }
      const started = Date.now();
      const summary = await seedDemoCatalogue({ rpcUrl: ctx.urls.rpc, ipfsUrl: ctx.urls.ipfs, deployment });
      await writeFile(marker, `${JSON.stringify(summary, null, 2)}\n`);
      console.log(
        `demo catalogue: ${summary.listings} listings, ${summary.profiles} profiles and ${Object.keys(summary.orders).length} order scenarios in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  };
}
