import { describe, expect, it, vi } from "vitest";
import { fakeIndexer } from "../../test/pageHarness";
import { IndexerError } from "./client";
import { checkIndexerHealth, judgeLag, LAG_BLOCKS, LAG_SECONDS } from "./health";

const meta = (number: number, timestamp: number | null) => ({
  _meta: { block: { number, timestamp }, hasIndexingErrors: false },
});

describe("judgeLag", () => {
  it("calls the index lagging only when it is both many blocks and minutes behind", () => {
    const head = { number: 10_000, timestamp: 1_000_000 };
    expect(judgeLag({ number: 10_000 - LAG_BLOCKS - 1, timestamp: 1_000_000 - LAG_SECONDS - 1 }, head)).toEqual({
      status: "lagging",
      indexedBlock: 10_000 - LAG_BLOCKS - 1,
      headBlock: 10_000,
      behindBlocks: LAG_BLOCKS + 1,
      behindSeconds: LAG_SECONDS + 1,
    });
    // A fast chain's short hiccup: many blocks, few seconds.
    expect(judgeLag({ number: 9_000, timestamp: 1_000_000 - 60 }, head).status).toBe("ok");
    // A test chain's clock moved forward by a day in a couple of blocks.
    expect(judgeLag({ number: 9_998, timestamp: 1_000_000 - 86_400 }, head).status).toBe("ok");
    // No time from graph-node: blocks count as seconds.
    expect(judgeLag({ number: 10_000 - LAG_SECONDS - 1, timestamp: null }, head).status).toBe("lagging");
    expect(judgeLag({ number: 10_000 - LAG_SECONDS + 1, timestamp: null }, head).status).toBe("ok");
  });
});

describe("checkIndexerHealth", () => {
  const head = async () => ({ number: 5_000n, timestamp: 2_000_000n });

  it("is down without a subgraphUrl, or when `_meta` fails, by the failure's kind", async () => {
    await expect(checkIndexerHealth(null, head)).resolves.toEqual({ status: "down", reason: "notConfigured" });
    const unreachable = fakeIndexer(() => {
      throw new IndexerError("unreachable", "refused");
    });
    await expect(checkIndexerHealth(unreachable.client, head)).resolves.toEqual({
      status: "down",
      reason: "unreachable",
    });
    const http = fakeIndexer(() => {
      throw new IndexerError("http", "502", 502);
    });
    await expect(checkIndexerHealth(http.client, head)).resolves.toEqual({ status: "down", reason: "http" });
    const noMeta = fakeIndexer(() => ({ _meta: null }));
    await expect(checkIndexerHealth(noMeta.client, head)).resolves.toEqual({ status: "down", reason: "graphql" });
  });

  it("compares the index's block with the chain head, and trusts the index when the chain cannot be read", async () => {
    const { client, request } = fakeIndexer((operation) => {
      expect(operation).toBe("IndexerHealth");
      return meta(4_000, 2_000_000 - 2_000);
    });
    await expect(checkIndexerHealth(client, head)).resolves.toMatchObject({
      status: "lagging",
      behindBlocks: 1_000,
      behindSeconds: 2_000,
    });
    expect(request).toHaveBeenCalledTimes(1);
    const fresh = fakeIndexer(() => meta(4_999, 1_999_998));
    await expect(checkIndexerHealth(fresh.client, head)).resolves.toEqual({ status: "ok", indexedBlock: 4_999 });
    const noChain = vi.fn(async () => {
      throw new Error("rpc down");
    });
    await expect(checkIndexerHealth(client, noChain)).resolves.toEqual({ status: "ok", indexedBlock: 4_000 });
  });
});
