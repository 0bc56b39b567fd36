// Balances and profiles: a failed payout credited, withdrawn in part; fees swept; a profile published
// twice (its documents: profiles.ts).
import {
  DAY0,
  SELLER,
  TREASURY,
  USDC,
  blocks,
  cid,
  deployment,
  ev,
  expect,
  ipfsFile,
  profileDocument,
  type TestCase,
} from "../../scripts/testing/dsl.js";

const PAYOUT_TO = "0x0000000000000000000000000000000000c0ffee";

export default async function paymentsProfiles(): Promise<TestCase> {
  const profile = await cid("profile v1");
  const profile2 = await cid("profile v2", 0);
  return {
    name: "payments: credited, withdrawn, fees swept; profiles updated",
    files: [
      ipfsFile(profile, "profile.json", profileDocument("Seller", 1)),
      ipfsFile(profile2, "profile.json", profileDocument("Seller, renamed", 1)),
    ],
    blocks: blocks(
      {
        timestamp: DAY0,
        events: [...deployment(), ev("ProfileUpdated", { account: SELLER, profileCid: profile.bytes })],
      },
      { timestamp: DAY0 + 10, events: [ev("PaymentCredited", { token: USDC, account: SELLER, amount: 500 })] },
      {
        timestamp: DAY0 + 20,
        events: [
          ev("CreditWithdrawn", { token: USDC, account: SELLER, to: PAYOUT_TO, amount: 300 }),
          ev("FeesSwept", { token: USDC, treasury: TREASURY, amount: 42 }),
          ev("ProfileUpdated", { account: SELLER, profileCid: profile2.bytes }),
        ],
      },
    ),
    assertions: [
      expect(`{ accountTokens { account { id } token { id } creditBalance } }`, {
        accountTokens: [{ account: { id: SELLER }, token: { id: USDC }, creditBalance: "200" }],
      }),
      expect(
        `{ paymentCredits { account { id } token { id } amount timestamp } creditWithdrawals { account { id } to amount } }`,
        {
          paymentCredits: [
            { account: { id: SELLER }, token: { id: USDC }, amount: "500", timestamp: String(DAY0 + 10) },
          ],
          creditWithdrawals: [{ account: { id: SELLER }, to: PAYOUT_TO, amount: "300" }],
        },
      ),
      expect(`{ feeSweeps { token { id } treasury amount } paymentToken(id: "${USDC}") { feesSwept } }`, {
        feeSweeps: [{ token: { id: USDC }, treasury: TREASURY, amount: "42" }],
        paymentToken: { feesSwept: "42" },
      }),
      expect(`{ account(id: "${SELLER}") { profileCid profileUpdatedAt profileVersion latestProfile { name cid } } }`, {
        account: {
          profileCid: profile2.text,
          profileUpdatedAt: String(DAY0 + 20),
          profileVersion: 2,
          latestProfile: { name: "Seller, renamed", cid: profile2.text },
        },
      }),
    ],
  };
}
