import { bytesToHex, concat, hexToBytes, keccak256, parseSignature, serializeSignature, type Hex } from "viem";
import { describe, expect, it } from "vitest";
import { COUPON_FIXED, type CouponDeployment, type SignedCoupon } from "./coupon";
import { CouponCodeError, couponLink, decodeCoupon, encodeCoupon, normalizeCouponInput } from "./couponCode";
import { buyerAccount, listingOf, sellerAccount, signedTestCoupon, testSite } from "./testCoupons";

const otherSite: CouponDeployment = { chainId: 8453, marketplace: "0x00000000000000000000000000000000000a6012" };
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** Addresses compare in any case; the decoder checksums them. */
function lowered({ coupon, signature }: SignedCoupon) {
  const lower = (address: string) => address.toLowerCase();
  return {
    coupon: {
      ...coupon,
      seller: lower(coupon.seller),
      token: lower(coupon.token),
      buyer: lower(coupon.buyer),
      marketplace: lower(coupon.marketplace),
    },
    signature,
  };
}

function reason(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof CouponCodeError) return error.reason;
    throw error;
  }
  return "decoded";
}

/** A code from raw payload bytes, with a correct checksum (to reach the checks after it). */
function codeOf(payload: Hex) {
  const bytes = hexToBytes(concat([payload, keccak256(payload).slice(0, 10) as Hex]));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function payloadOf(code: string): Hex {
  const binary = atob(code.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (code.length % 4)) % 4));
  return bytesToHex(Uint8Array.from(binary, (char) => char.charCodeAt(0)).slice(0, -4));
}

describe("coupon codes", () => {
  it("round-trips coupons of every shape", async () => {
    const samples: SignedCoupon[] = [
      await signedTestCoupon(),
      await signedTestCoupon({ listingId: BigInt(listingOf(sellerAccount.address, 12n)) }),
      // Another seller's listing id: kept whole (the contract refuses it, the code stays faithful).
      await signedTestCoupon({ listingId: BigInt(listingOf(buyerAccount.address, 3n)) }),
      await signedTestCoupon({
        kind: COUPON_FIXED,
        value: 2n ** 96n - 1n,
        token: "0x0000000000000000000000000000000000000000",
        buyer: buyerAccount.address,
        expiry: 2n ** 64n - 1n,
        maxRedemptions: 2 ** 32 - 1,
        salt: 2n ** 256n - 1n,
      }),
      await signedTestCoupon({}, { chainId: 8453n, marketplace: otherSite.marketplace }),
      await signedTestCoupon({}, { kind: 255 }),
    ];
    // A contract wallet's signature: any length, kept byte for byte.
    samples.push({ coupon: samples[0]!.coupon, signature: `0x${"ab".repeat(130)}` });
    for (const signed of samples) {
      expect(lowered(decodeCoupon(encodeCoupon(signed, testSite), testSite))).toEqual(lowered(signed));
      expect(lowered(decodeCoupon(encodeCoupon(signed), otherSite))).toEqual(lowered(signed));
    }
  });

  it("is short: the site's chain and marketplace left out, a compact signature", async () => {
    const signed = await signedTestCoupon({ maxRedemptions: 100, expiry: 1_800_000_000n });
    const code = encodeCoupon(signed, testSite);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    // 121 bytes: 23 fixed, 20 token, 9 of numbers, 65 signature, 4 checksum.
    expect(code.length).toBe(162);
    expect(encodeCoupon(signed).length).toBeGreaterThan(code.length + 25);
    // Left out means "this site's": another site reads it as its own (where the signature fails).
    expect(lowered(decodeCoupon(code, otherSite)).coupon).toMatchObject({
      chainId: 8453n,
      marketplace: otherSite.marketplace,
    });
    expect(reason(() => decodeCoupon(code))).toBe("noDeployment");
  });

  it("normalises a wallet's v of 0 or 1 to 27 or 28 and keeps a high-s signature as it is", async () => {
    const signed = await signedTestCoupon();
    const { r, s, yParity } = parseSignature(signed.signature);
    const vZeroOne = concat([r, s, yParity === 0 ? "0x00" : "0x01"]);
    expect(decodeCoupon(encodeCoupon({ ...signed, signature: vZeroOne }, testSite), testSite).signature).toBe(
      signed.signature,
    );
    const highS = serializeSignature({
      r,
      s: `0x${(N - BigInt(s)).toString(16).padStart(64, "0")}`,
      yParity: 1 - yParity,
    });
    const code = encodeCoupon({ ...signed, signature: highS }, testSite);
    expect(decodeCoupon(code, testSite).signature).toBe(highS);
    expect(code.length).toBeGreaterThan(encodeCoupon(signed, testSite).length);
  });

  it("says mistyped for any changed, dropped or foreign character", async () => {
    const code = encodeCoupon(await signedTestCoupon(), testSite);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let index = 0; index < code.length; index++) {
      const next = alphabet[(alphabet.indexOf(code[index]!) + 1 + (index % 60)) % 64]!;
      const changed = code.slice(0, index) + next + code.slice(index + 1);
      // The last character also carries padding bits that decode to nothing.
      if (index === code.length - 1 && reason(() => decodeCoupon(changed, testSite)) === "decoded") continue;
      expect(
        reason(() => decodeCoupon(changed, testSite)),
        `character ${index}`,
      ).toBe("mistyped");
    }
    expect(reason(() => decodeCoupon(code.slice(0, -1), testSite))).toBe("mistyped");
    expect(reason(() => decodeCoupon(code.slice(0, -3), testSite))).toBe("mistyped");
    expect(reason(() => decodeCoupon(code.slice(1), testSite))).toBe("mistyped");
    expect(reason(() => decodeCoupon(`${code.slice(0, 10)}+${code.slice(11)}`, testSite))).toBe("mistyped");
    expect(
      reason(() =>
        decodeCoupon(code.slice(0, 10) + code.slice(11, 12) + code.slice(10, 11) + code.slice(12), testSite),
      ),
    ).toBe("mistyped");
    expect(reason(() => decodeCoupon("hello", testSite))).toBe("mistyped");
    expect(reason(() => decodeCoupon("   ", testSite))).toBe("empty");
  });

  it("tells a newer version and a well-checksummed but broken payload apart from a typo", async () => {
    const payload = payloadOf(encodeCoupon(await signedTestCoupon(), testSite));
    expect(reason(() => decodeCoupon(codeOf(payload), testSite))).toBe("decoded");
    expect(reason(() => decodeCoupon(codeOf(`0x02${payload.slice(4)}`), testSite))).toBe("unsupportedVersion");
    expect(reason(() => decodeCoupon(codeOf(concat([payload, "0x00"])), testSite))).toBe("malformed");
    expect(reason(() => decodeCoupon(codeOf(payload.slice(0, -20) as Hex), testSite))).toBe("malformed");
    // Listing mode 3 does not exist.
    const flags = hexToBytes(payload)[1]!;
    expect(
      reason(() =>
        decodeCoupon(codeOf(`0x01${(flags | 3).toString(16).padStart(2, "0")}${payload.slice(6)}`), testSite),
      ),
    ).toBe("malformed");
  });

  it("reads a code pasted with spaces or line breaks, or inside its link", async () => {
    const signed = await signedTestCoupon();
    const code = encodeCoupon(signed, testSite);
    const broken = `  ${code.slice(0, 40)}\n${code.slice(40, 80)} ${code.slice(80)}\n`;
    expect(lowered(decodeCoupon(broken, testSite))).toEqual(lowered(signed));
    const link = couponLink(code, "https://shop.example/agora/index.html#/listing/0x1");
    expect(link).toBe(`https://shop.example/agora/index.html#/cart?coupon=${code}`);
    expect(normalizeCouponInput(link)).toBe(code);
    expect(normalizeCouponInput(`Here is 10% off: ${link}&utm=x`)).toBe(code);
    expect(lowered(decodeCoupon(link, testSite))).toEqual(lowered(signed));
  });
});
