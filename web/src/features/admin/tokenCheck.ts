// Before a token is offered for review: is there a contract at the address, does it answer
// symbol() and decimals() like an ERC-20, and does the marketplace accept it already? Read through
// the chain's public client, so a typo never costs a transaction.
import { abis } from "@agora/contracts";
import type { Address, PublicClient } from "viem";
import type { AdminErrorKey } from "./adminForms";

export interface TokenFacts {
  address: Address;
  symbol: string;
  name: string | null;
  decimals: number;
}

export type TokenCheck = { ok: true; token: TokenFacts } | { ok: false; error: AdminErrorKey };

type Reader = Pick<PublicClient, "getCode" | "readContract">;

/** Reads what the review shows about `address`, or the reason it cannot be accepted. */
export async function checkToken(client: Reader, address: Address, marketplace: Address): Promise<TokenCheck> {
  const code = await client.getCode({ address });
  if (!code || code === "0x") return { ok: false, error: "notContract" };
  const abi = abis.IERC20Metadata;
  let symbol: string;
  let decimals: number;
  try {
    [symbol, decimals] = await Promise.all([
      client.readContract({ address, abi, functionName: "symbol" }),
      client.readContract({ address, abi, functionName: "decimals" }),
    ]);
  } catch {
    return { ok: false, error: "notToken" };
  }
  if (typeof symbol !== "string" || symbol.trim() === "") return { ok: false, error: "notToken" };
  const name = await client.readContract({ address, abi, functionName: "name" }).catch(() => null);
  const [, allowed] = await client.readContract({
    address: marketplace,
    abi: abis.Marketplace,
    functionName: "tokenInfo",
    args: [address],
  });
  if (allowed) return { ok: false, error: "alreadyAllowed" };
  return { ok: true, token: { address, symbol, name: typeof name === "string" && name ? name : null, decimals } };
}
