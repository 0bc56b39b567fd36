// The split calculator against the contract: the vectors are DisputeRuled events of real rulings
// (simulated with eth_simulateV1 on the deployed Marketplace, odd escrows and rates chosen so that
// every division rounds), and the browser scenario (e2e/tests/arbitration.spec.ts) checks a ruling
// made on the page against the chain again. Plus the edges, and the way back from amounts to shares.
import { describe, expect, it } from "vitest";
import { BPS, shareForBuyerAmount, shareForSellerAmount, splitRuling, type SplitTerms } from "./split";
import contract from "./split.vectors.json";

describe("splitRuling", () => {
  it.each(contract.vectors)(
    "pays what the contract paid: escrow $escrow, fee $feeBps, arbiter $arbiterFeeBps, share $buyerShareBps",
    (vector) => {
      const split = splitRuling(
        { escrow: BigInt(vector.escrow), feeBps: vector.feeBps, arbiterFeeBps: vector.arbiterFeeBps },
        vector.buyerShareBps,
      );
      expect({
        arbiterFee: String(split.arbiterFee),
        buyerAmount: String(split.buyerAmount),
        sellerAmount: String(split.sellerAmount),
        platformFee: String(split.platformFee),
      }).toEqual({
        arbiterFee: vector.arbiterFee,
        buyerAmount: vector.buyerAmount,
        sellerAmount: vector.sellerAmount,
        platformFee: vector.platformFee,
      });
    },
  );

  it("covers every rounding case the vectors were chosen for", () => {
    // Tiny escrows (everything rounds to 0), shares at both ends, and fees that round away wei.
    const shares = new Set(contract.vectors.map((vector) => vector.buyerShareBps));
    expect([0, 1, 10_000].every((share) => shares.has(share))).toBe(true);
    expect(contract.vectors.some((vector) => vector.escrow === "1")).toBe(true);
    expect(contract.vectors.length).toBeGreaterThanOrEqual(80);
  });

  const terms: SplitTerms = { escrow: 25_000_000n, arbiterFeeBps: 200, feeBps: 250 };

  it("takes the arbiter's fee first, then the buyer's share of the rest, then the platform fee on the seller's", () => {
    expect(splitRuling(terms, 3_000)).toEqual({
      escrow: 25_000_000n,
      buyerShareBps: 3_000,
      arbiterFee: 500_000n,
      rest: 24_500_000n,
      buyerAmount: 7_350_000n,
      sellerShare: 17_150_000n,
      platformFee: 428_750n,
      sellerAmount: 16_721_250n,
    });
  });

  it("gives everything after the arbiter's fee to the buyer at 10,000 (no platform fee), or to the seller at 0", () => {
    const all = splitRuling(terms, BPS);
    expect([all.buyerAmount, all.sellerAmount, all.platformFee]).toEqual([24_500_000n, 0n, 0n]);
    const none = splitRuling(terms, 0);
    expect([none.buyerAmount, none.sellerShare, none.platformFee, none.sellerAmount]).toEqual([
      0n,
      24_500_000n,
      612_500n,
      23_887_500n,
    ]);
  });

  it("rounds every part down and loses no wei: the parts add up to the escrow", () => {
    const odd = { escrow: 1_000_003n, arbiterFeeBps: 333, feeBps: 123 };
    for (const share of [0, 1, 2, 3_333, 5_000, 6_667, 9_999, 10_000]) {
      const split = splitRuling(odd, share);
      expect(split.arbiterFee + split.buyerAmount + split.sellerAmount + split.platformFee).toBe(odd.escrow);
    }
    // 1,000,003 × 333 / 10,000 = 33,300.0999 → 33,300; the rest 966,703 × 1 / 10,000 = 96.67 → 96.
    expect(splitRuling(odd, 1)).toMatchObject({ arbiterFee: 33_300n, rest: 966_703n, buyerAmount: 96n });
  });

  it("is all zero on an empty escrow and without fees pays the rest exactly", () => {
    expect(splitRuling({ escrow: 0n, arbiterFeeBps: 1_000, feeBps: 500 }, 5_000)).toMatchObject({
      arbiterFee: 0n,
      buyerAmount: 0n,
      sellerAmount: 0n,
      platformFee: 0n,
    });
    expect(splitRuling({ escrow: 10n, arbiterFeeBps: 0, feeBps: 0 }, 7_000)).toMatchObject({
      buyerAmount: 7n,
      sellerAmount: 3n,
    });
  });

  it("refuses shares and rates outside 0..10,000 or not whole, and a negative escrow", () => {
    expect(() => splitRuling(terms, 10_001)).toThrow(RangeError);
    expect(() => splitRuling(terms, -1)).toThrow(RangeError);
    expect(() => splitRuling(terms, 12.5)).toThrow(RangeError);
    expect(() => splitRuling({ ...terms, feeBps: 10_001 }, 0)).toThrow(RangeError);
    expect(() => splitRuling({ ...terms, escrow: -1n }, 0)).toThrow(RangeError);
  });
});

describe("from an amount back to a share", () => {
  const terms: SplitTerms = { escrow: 25_000_000n, arbiterFeeBps: 200, feeBps: 250 };

  it("finds the share paying the buyer exactly a reachable amount, and the seller's likewise", () => {
    expect(shareForBuyerAmount(terms, 7_350_000n)).toBe(3_000);
    expect(shareForSellerAmount(terms, 16_721_250n)).toBe(3_000);
    // Every share's amounts lead back to it (the rest is large: one share, one amount).
    for (const share of [0, 1, 2_499, 5_000, 7_000, 9_999, 10_000]) {
      const split = splitRuling(terms, share);
      expect(shareForBuyerAmount(terms, split.buyerAmount)).toBe(share);
      expect(shareForSellerAmount(terms, split.sellerAmount)).toBe(share);
    }
  });

  it("takes the nearest share for an amount between two steps", () => {
    // Steps of 2,450 base units (24,500,000 / 10,000): 7,351,000 is nearer 3,000's 7,350,000 than 3,001's.
    expect(shareForBuyerAmount(terms, 7_351_000n)).toBe(3_000);
    expect(shareForBuyerAmount(terms, 7_352_000n)).toBe(3_001);
    const between = splitRuling(terms, 3_000).sellerAmount - 1_000n;
    const share = shareForSellerAmount(terms, between);
    expect(share).toBe(3_000);
    expect(splitRuling(terms, 3_001).sellerAmount).toBeLessThan(between);
  });

  it("clamps amounts beyond what a side can get to the ends", () => {
    expect(shareForBuyerAmount(terms, 0n)).toBe(0);
    expect(shareForBuyerAmount(terms, 10n ** 30n)).toBe(BPS);
    expect(shareForSellerAmount(terms, 10n ** 30n)).toBe(0);
    expect(shareForSellerAmount(terms, 0n)).toBe(BPS);
  });

  it("on a tiny escrow (several shares pay the same), picks the smallest share for the buyer and the largest for the seller", () => {
    const tiny: SplitTerms = { escrow: 3n, arbiterFeeBps: 0, feeBps: 500 };
    // Shares 3,334..6,666 all pay the buyer 1 wei: the smallest is taken.
    expect(shareForBuyerAmount(tiny, 1n)).toBe(3_334);
    expect(splitRuling(tiny, 3_333).buyerAmount).toBe(0n);
    // The seller gets 2 wei for shares 1..3,333 (the fee rounds to 0): the largest gives the buyer more.
    const share = shareForSellerAmount(tiny, 2n);
    expect(splitRuling(tiny, share).sellerAmount).toBe(2n);
    expect(splitRuling(tiny, share + 1).sellerAmount).toBeLessThan(2n);
  });
});
