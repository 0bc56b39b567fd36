// A ruling's amounts exactly as the contract pays them (`_split` in contracts/src/mixins/Disputes.sol
// and `_splitFee` in OrderBook.sol): the arbiter's fee comes off the escrow first, the buyer gets
// `buyerShareBps` of the rest, and the seller the remainder minus the platform fee, every division
// rounding down. Their sum is always the escrow. Plus the way back, from an amount typed for one side
// to the share that pays it (shares move in steps of one basis point, so not every amount is reachable).

/** Basis points in a whole (100%). */
export const BPS = 10_000;

/** The order's terms that decide a ruling's amounts. */
export interface SplitTerms {
  /** What is still in escrow (the order's amount minus seller refunds), in base units. */
  escrow: bigint;
  /** The arbiter's fee rate snapshotted at purchase. */
  arbiterFeeBps: number;
  /** The platform fee rate snapshotted at purchase (charged on the seller's share only). */
  feeBps: number;
}

/** What a ruling pays; `arbiterFee + buyerAmount + sellerAmount + platformFee === escrow`. */
export interface RulingSplit {
  escrow: bigint;
  buyerShareBps: number;
  arbiterFee: bigint;
  /** The escrow after the arbiter's fee: what the share divides. */
  rest: bigint;
  buyerAmount: bigint;
  /** The seller's part of the rest before the platform fee. */
  sellerShare: bigint;
  platformFee: bigint;
  /** What the seller receives. */
  sellerAmount: bigint;
}

function checkRate(name: string, bps: number) {
  if (!Number.isInteger(bps) || bps < 0 || bps > BPS)
    throw new RangeError(`${name} must be a whole 0..${BPS}, got ${bps}`);
}

function checkTerms({ escrow, arbiterFeeBps, feeBps }: SplitTerms) {
  if (escrow < 0n) throw new RangeError("escrow must not be negative");
  checkRate("arbiterFeeBps", arbiterFeeBps);
  checkRate("feeBps", feeBps);
}

/** The amounts `resolveDispute(…, buyerShareBps, …)` pays on `terms`, to the wei. */
export function splitRuling(terms: SplitTerms, buyerShareBps: number): RulingSplit {
  checkTerms(terms);
  checkRate("buyerShareBps", buyerShareBps);
  const { escrow } = terms;
  const arbiterFee = (escrow * BigInt(terms.arbiterFeeBps)) / BigInt(BPS);
  const rest = escrow - arbiterFee;
  const buyerAmount = (rest * BigInt(buyerShareBps)) / BigInt(BPS);
  const sellerShare = rest - buyerAmount;
  const platformFee = (sellerShare * BigInt(terms.feeBps)) / BigInt(BPS);
  return {
    escrow,
    buyerShareBps,
    arbiterFee,
    rest,
    buyerAmount,
    sellerShare,
    platformFee,
    sellerAmount: sellerShare - platformFee,
  };
}

const distance = (a: bigint, b: bigint) => (a > b ? a - b : b - a);

/** The smallest share in 0..BPS for which `reached(share)` holds (BPS + 1 when none); `reached` is monotone. */
function firstShare(reached: (share: number) => boolean): number {
  let low = 0;
  let high = BPS + 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The share that pays the buyer the amount closest to `target` (exactly it when reachable; on a tie,
 * the smaller share). The buyer's amount grows with the share.
 */
export function shareForBuyerAmount(terms: SplitTerms, target: bigint): number {
  checkTerms(terms);
  const buyer = (share: number) => splitRuling(terms, share).buyerAmount;
  const above = firstShare((share) => buyer(share) >= target);
  if (above > BPS) return BPS;
  if (above === 0) return 0;
  return distance(buyer(above - 1), target) <= distance(buyer(above), target) ? above - 1 : above;
}

/**
 * The share that pays the seller (after the platform fee) the amount closest to `target` (exactly
 * it when reachable). The seller's amount shrinks as the share grows; among shares paying the seller
 * the same, the largest, so that a wei the platform fee would round away goes to the buyer instead.
 */
export function shareForSellerAmount(terms: SplitTerms, target: bigint): number {
  checkTerms(terms);
  const seller = (share: number) => splitRuling(terms, share).sellerAmount;
  // The first share paying the seller less than the target; the one before pays at least it.
  const below = firstShare((share) => seller(share) < target);
  if (below === 0) return 0;
  if (below > BPS) return BPS;
  const atLeast = below - 1;
  if (seller(atLeast) === target) return atLeast;
  return distance(seller(below), target) < distance(seller(atLeast), target) ? below : atLeast;
}
