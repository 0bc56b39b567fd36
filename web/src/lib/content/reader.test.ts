import { afterEach, describe, expect, it, vi } from "vitest";
import { ContentError, createContentReader } from "./reader";

afterEach(() => vi.unstubAllGlobals());

const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof ContentError ? error.kind : `not a ContentError: ${String(error)}`),
  );

describe("createContentReader", () => {
  it("says the site has no gateways instead of trying to read", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const reader = createContentReader({ gateways: [] });
    await expect(
      kindOf(reader.blobUrl("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/a.png")),
    ).resolves.toBe("notConfigured");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("names what went wrong: not found on every gateway, or no gateway answering", async () => {
    const cid = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("not here", { status: 404 })),
    );
    const twoGateways = createContentReader({ gateways: ["http://gw-a.test", "http://gw-b.test"] });
    await expect(kindOf(twoGateways.blobUrl(`${cid}/a.png`))).resolves.toBe("notFound");
    expect(fetch).toHaveBeenCalledTimes(2);

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(kindOf(twoGateways.listing(cid))).resolves.toBe("unavailable");
  });

  it("refuses bytes that do not match their CID", async () => {
    // A well-formed CAR answer would be needed to pass; garbage fails verification.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(new Uint8Array([1, 2, 3, 4]), { status: 200 })),
    );
    const reader = createContentReader({ gateways: ["http://gw.test"] });
    await expect(
      kindOf(reader.blobUrl("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/a.png")),
    ).resolves.toBe("unavailable");
  });
});
