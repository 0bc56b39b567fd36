// The owner's forms (zod, for react-hook-form): addresses and basis-point fees checked the way the
// contract checks them, before anything is sent. Messages are keys under `errors` of the "admin"
// namespace; the caps come from the contract (MAX_PLATFORM_FEE_BPS, MAX_ARBITER_FEE_BPS).
import { isAddress, zeroAddress } from "viem";
import { z } from "zod";

/** Basis points per whole (10 000 bps = 100%). */
export const BPS = 10_000;

export type AdminErrorKey =
  | "required"
  | "invalidAddress"
  | "checksum"
  | "zeroAddress"
  | "wholeNumber"
  | "aboveCap"
  | "sameFee"
  | "sameArbiterFee"
  | "sameTreasury"
  | "alreadyOwner"
  | "alreadyPending"
  | "alreadyAllowed"
  | "notContract"
  | "notToken"
  | "readFailed";

const sameAddress = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

type Issue = (message: AdminErrorKey) => void;

/** An address the contract takes: 0x + 40 hex digits, a valid checksum if mixed-case, not zero. */
function checkAddress(text: string, issue: Issue): boolean {
  if (text === "") issue("required");
  else if (!isAddress(text, { strict: false })) issue("invalidAddress");
  else if (!isAddress(text)) issue("checksum");
  else if (text.toLowerCase() === zeroAddress) issue("zeroAddress");
  else return true;
  return false;
}

/** A fee in whole basis points from 0 to `cap`. */
function checkBps(text: string, cap: number, issue: Issue): boolean {
  if (text === "") issue("required");
  else if (!/^\d+$/.test(text)) issue("wholeNumber");
  else if (Number(text) > cap) issue("aboveCap");
  else return true;
  return false;
}

/** A field checked by `check`, reporting its issues at the field. */
const field = (check: (text: string, issue: Issue) => void) =>
  z
    .string()
    .trim()
    .superRefine((text, ctx) => check(text, (message) => ctx.addIssue({ code: "custom", message })));

/** A fee typed in basis points as a number (the form keeps text); undefined when it is not one. */
export function parseBps(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The platform fee: within the contract's cap, and a change. */
export const platformFeeSchema = ({ cap, current }: { cap: number; current: number }) =>
  z.object({
    feeBps: field((text, issue) => {
      if (checkBps(text, cap, issue) && Number(text) === current) issue("sameFee");
    }),
  });
export type PlatformFeeValues = z.input<ReturnType<typeof platformFeeSchema>>;

/** A new treasury: an address other than the current one. */
export const treasurySchema = ({ current }: { current: string }) =>
  z.object({
    account: field((text, issue) => {
      if (checkAddress(text, issue) && sameAddress(text, current)) issue("sameTreasury");
    }),
  });
export type TreasuryValues = z.input<ReturnType<typeof treasurySchema>>;

/** The first step of an ownership transfer: someone else, not already the pending owner. */
export const transferSchema = ({ owner, pendingOwner }: { owner: string; pendingOwner: string | null }) =>
  z.object({
    account: field((text, issue) => {
      if (!checkAddress(text, issue)) return;
      if (sameAddress(text, owner)) issue("alreadyOwner");
      else if (sameAddress(text, pendingOwner)) issue("alreadyPending");
    }),
  });
export type TransferValues = z.input<ReturnType<typeof transferSchema>>;

/** A token to accept: an address not accepted already (the contract is asked before the review). */
export const allowTokenSchema = ({ allowed }: { allowed: readonly string[] }) =>
  z.object({
    token: field((text, issue) => {
      if (checkAddress(text, issue) && allowed.some((token) => sameAddress(token, text))) issue("alreadyAllowed");
    }),
  });
export type AllowTokenValues = z.input<ReturnType<typeof allowTokenSchema>>;

/** An arbiter to approve (or whose fee changes), with a fee within the contract's cap. */
export const arbiterSchema = ({ cap }: { cap: number }) =>
  z.object({
    account: field((text, issue) => void checkAddress(text, issue)),
    feeBps: field((text, issue) => void checkBps(text, cap, issue)),
  });
export type ArbiterValues = z.input<ReturnType<typeof arbiterSchema>>;
