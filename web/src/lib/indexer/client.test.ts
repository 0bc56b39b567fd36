import { describe, expect, it, vi } from "vitest";
import { createIndexerClient, IndexerError, waitForIndexedBlock } from "./client";
import { BrowseDocument } from "./generated/graphql";
import { indexerKeys } from "./queryKeys";

const URL = "http://127.0.0.1:9/subgraphs/name/agora";

/** A fetch answering each call with the next of `answers` (a body, an HTTP status, or a throw). */
function fakeFetch(...answers: ({ status?: number; body: unknown } | Error)[]) {
  const calls: { url: string; body: { query: string; variables: unknown } }[] = [];
  const impl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

const meta = (number: number) => ({ body: { data: { _meta: { block: { number }, hasIndexingErrors: false } } } });

describe("the indexer client", () => {
  it("sends a page document with its fragments and returns the typed data", async () => {
    const { impl, calls } = fakeFetch({ body: { data: { listings: [{ id: "0x01" }] } } });
    const client = createIndexerClient(URL, impl);
    const where = { status: "Active" as const };
    const data = await client.request(BrowseDocument, { first: 24, skip: 0, where });
    expect(data.listings[0]!.id).toBe("0x01");
    expect(calls[0]!.url).toBe(URL);
    expect(calls[0]!.body.variables).toEqual({ first: 24, skip: 0, where });
    expect(calls[0]!.body.query).toMatch(/query Browse\(/);
    expect(calls[0]!.body.query).toMatch(/fragment ListingCard on Listing/);
    expect(calls[0]!.body.query).toMatch(/fragment MetadataFields on ListingMetadata/);
  });

  it("turns each failure into an IndexerError of its kind", async () => {
    const { impl } = fakeFetch(
      new TypeError("fetch failed"),
      { status: 502, body: "bad gateway" },
      { status: 200, body: { errors: [{ message: "Store error: database unavailable" }] } },
    );
    const client = createIndexerClient(URL, impl);
    const request = () => client.request(BrowseDocument, { first: 1, skip: 0, where: {} });
    await expect(request()).rejects.toMatchObject({ name: "IndexerError", kind: "unreachable" });
    await expect(request()).rejects.toMatchObject({ kind: "http", status: 502 });
    await expect(request()).rejects.toMatchObject({
      kind: "graphql",
      message: "Store error: database unavailable",
    });
  });

  it("waits until the index reaches a block, retrying failed polls", async () => {
    const { impl, calls } = fakeFetch(meta(5), new TypeError("fetch failed"), meta(7), meta(9));
    const client = createIndexerClient(URL, impl);
    await expect(waitForIndexedBlock(client, 8n, { intervalMs: 1 })).resolves.toBe(9);
    expect(calls).toHaveLength(4);
    expect(calls[0]!.body.query).toMatch(/_meta/);
  });

  it("gives up with a timeout when the index lags", async () => {
    const { impl } = fakeFetch(meta(5), meta(5), meta(5), meta(5), meta(5), meta(5));
    const client = createIndexerClient(URL, impl);
    const waiting = waitForIndexedBlock(client, 6, { intervalMs: 5, timeoutMs: 12 });
    await expect(waiting).rejects.toBeInstanceOf(IndexerError);
    await expect(waiting).rejects.toMatchObject({ kind: "timeout" });
  });
});

describe("query keys", () => {
  it("nest under their entity, so a write can invalidate all of one kind", () => {
    expect(indexerKeys.browse({ first: 24 }).slice(0, 2)).toEqual(indexerKeys.listings());
    expect(indexerKeys.listing("0x01").slice(0, 2)).toEqual(indexerKeys.listings());
    expect(indexerKeys.order("0x02").slice(0, 2)).toEqual(indexerKeys.orders());
    // A cart's key does not depend on the order of its lines.
    expect(indexerKeys.cart(["0x02", "0x01"])).toEqual(indexerKeys.cart(["0x01", "0x02"]));
  });
});
