// Owner settings: every admin handler.
import {
  ARBITER,
  DAY,
  DAY0,
  ETH,
  MARKETPLACE,
  MUTE_TOKEN,
  OWNER,
  TREASURY,
  USDC,
  blocks,
  deployment,
  ev,
  expect,
  type TestCase,
} from "../../scripts/testing/dsl.js";

const NEW_OWNER = "0x0000000000000000000000000000000000000a03";
const ARBITER2 = "0x00000000000000000000000000000000000a4b18";

export default async function admin(): Promise<TestCase> {
  return {
    name: "admin: windows, fee, treasury, tokens (ETH from deployment, symbol, decimals), arbiters, pause, ownership, EIP-712 domain",
    blocks: blocks(
      { timestamp: DAY0, events: deployment() },
      {
        timestamp: DAY0 + DAY,
        events: [
          ev("PlatformFeeUpdated", { feeBps: 300 }),
          ev("TokenRemoved", { token: USDC, tokenId: 1 }),
          ev("TokenAllowed", { token: MUTE_TOKEN, tokenId: 2 }),
          ev("ArbiterApproved", { arbiter: ARBITER2, arbiterId: 2, feeBps: 50 }),
          ev("ArbiterApproved", { arbiter: ARBITER, arbiterId: 1, feeBps: 150 }),
          ev("ArbiterRemoved", { arbiter: ARBITER2, arbiterId: 2 }),
          ev("Paused", { account: OWNER }),
          ev("OwnershipTransferStarted", { previousOwner: OWNER, newOwner: NEW_OWNER }),
          ev("EIP712DomainChanged", {}),
        ],
      },
      { timestamp: DAY0 + 2 * DAY, events: [ev("Unpaused", { account: OWNER })] },
    ),
    assertions: [
      expect(
        `{ marketplace(id: "${MARKETPLACE}") { owner pendingOwner treasury platformFeeBps confirmationWindow
          rulingWindow paused listingCount orderCount domainChangeCount } }`,
        {
          marketplace: {
            owner: OWNER,
            pendingOwner: NEW_OWNER,
            treasury: TREASURY,
            platformFeeBps: 300,
            confirmationWindow: String(7 * DAY),
            rulingWindow: String(14 * DAY),
            paused: false,
            listingCount: 0,
            orderCount: 0,
            domainChangeCount: 1,
          },
        },
      ),
      // Native ETH from the deployment block, before anyone pays with it; ERC-20s read when allowed
      // (a token whose symbol(), name() and decimals() revert keeps nulls).
      expect(`{ paymentTokens(orderBy: tokenId) { id tokenId allowed native symbol name decimals } }`, {
        paymentTokens: [
          { id: ETH, tokenId: 0, allowed: true, native: true, symbol: "ETH", name: "Ether", decimals: 18 },
          { id: USDC, tokenId: 1, allowed: false, native: false, symbol: "USDC", name: "USD Coin", decimals: 6 },
          { id: MUTE_TOKEN, tokenId: 2, allowed: true, native: false, symbol: null, name: null, decimals: null },
        ],
      }),
      expect(`{ arbiters { id account { id } arbiterId feeBps approved } }`, {
        arbiters: [
          { id: ARBITER, account: { id: ARBITER }, arbiterId: 1, feeBps: 150, approved: true },
          { id: ARBITER2, account: { id: ARBITER2 }, arbiterId: 2, feeBps: 50, approved: false },
        ],
      }),
    ],
  };
}
