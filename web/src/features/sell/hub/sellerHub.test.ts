import { describe, expect, it } from "vitest";
import { listingState, profileState, walkthroughSteps } from "./sellerHub";

describe("listingState", () => {
  it("is closed for a closed listing, sold out for an active one without stock, else active", () => {
    expect(listingState({ status: "Closed", stock: "0" })).toBe("closed");
    expect(listingState({ status: "Active", stock: "0" })).toBe("soldOut");
    expect(listingState({ status: "Active", stock: "1" })).toBe("active");
  });
});

describe("walkthroughSteps", () => {
  it("keeps step 1 next until the profile has a key, whatever is listed", () => {
    expect(profileState(undefined)).toBe("none");
    expect(profileState({ encryptionPublicKey: null })).toBe("noKey");
    expect(profileState({ encryptionPublicKey: "" })).toBe("noKey");
    expect(profileState({ encryptionPublicKey: "AAEC" })).toBe("ready");
    expect(walkthroughSteps("none", 0)).toEqual({ profile: "current", listing: "todo", tools: "todo" });
    expect(walkthroughSteps("noKey", 0)).toEqual({ profile: "current", listing: "todo", tools: "todo" });
    // A digital listing made before the key: step 2 is done, step 1 is still next.
    expect(walkthroughSteps("noKey", 1)).toEqual({ profile: "current", listing: "done", tools: "current" });
  });

  it("makes the first listing the next step once the key is published, then the tools", () => {
    expect(walkthroughSteps("ready", 0)).toEqual({ profile: "done", listing: "current", tools: "todo" });
    expect(walkthroughSteps("ready", 3)).toEqual({ profile: "done", listing: "done", tools: "current" });
  });
});
