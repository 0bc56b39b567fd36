// Every error a write can meet (wallet, RPC, contract, upload, index), turned into one sentence the
// user can act on. Wagmi/viem errors are recognised by class where viem exports one and by name
// otherwise (wagmi's own classes), walking the `cause` chain as viem and wallets nest them.
import { abis } from "@agora/contracts";
import type { TFunction } from "i18next";
import {
  BaseError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  HttpRequestError,
  InsufficientFundsError,
  RpcRequestError,
  TimeoutError,
  UserRejectedRequestError,
  WebSocketRequestError,
  type Abi,
  type Hex,
} from "viem";
import { listingLabel } from "../chain/listingId";
import { createFormat } from "../i18n/format";

type AbiError = Extract<Abi[number], { type: "error" }>;

export type TxErrorKind = "rejected" | "revert" | "funds" | "network" | "unknown";

/** An error as the user sees it: a kind (for icons and retry wording), a name, a sentence. */
export interface DecodedError {
  kind: TxErrorKind;
  /** The custom error's name (`InsufficientStock`), or a name for other cases (`ChainMismatch`). */
  name?: string;
  /** The custom error's arguments, as decoded from the ABI. */
  args?: readonly unknown[];
  /** A human sentence in the current language. */
  message: string;
}

/**
 * Thrown by a step with a sentence of its own (e.g. an upload that the IPFS node refused); the
 * step runner shows it as it is. `retryFrom` names the step a retry starts again from.
 */
export class TxStepError extends Error {
  constructor(
    readonly decoded: DecodedError,
    readonly retryFrom?: string,
  ) {
    super(decoded.message);
    this.name = "TxStepError";
  }
}

/** Every custom error the app's contracts can revert with, Marketplace first (it bubbles up the token's). */
const contractErrors: readonly AbiError[] = (() => {
  const seen = new Set<string>();
  const errors: AbiError[] = [];
  for (const abi of [abis.Marketplace, ...Object.values(abis)] as readonly Abi[]) {
    for (const item of abi) {
      if (item.type !== "error" || seen.has(item.name)) continue;
      seen.add(item.name);
      errors.push(item);
    }
  }
  return errors;
})();

/** The names of every custom error with a sentence under `tx.errors` (tests check both locales). */
export const contractErrorNames: readonly string[] = contractErrors.map((error) => error.name);

/** Custom errors that mean "not enough money" rather than "not allowed". */
const fundsErrors = new Set(["ERC20InsufficientBalance"]);

const orderStatuses = ["none", "paid", "shipped", "disputed", "completed", "reviewed", "replied", "refunded"] as const;

export interface DecodeOptions {
  /** Formats an amount in the payment token's base units ("12.50 USDC"); plain digits otherwise. */
  formatAmount?: (value: bigint) => string;
  /** The locale for numbers and dates (the i18n language's BCP 47 tag). */
  locale?: string;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

const amountArgs = new Set([
  "total",
  "maxTotal",
  "expected",
  "received",
  "amount",
  "escrowed",
  "balance",
  "needed",
  "allowance",
]);
const timeArgs = new Set(["endsAt", "endedAt", "deadline", "expiry"]);
const bpsArgs = new Set(["feeBps", "maxFeeBps", "buyerShareBps"]);

function shortAddress(value: string) {
  return `${value.slice(0, 6)}…${value.slice(-4)}`;
}

/** The ABI arguments of a custom error as interpolation values, each formatted for people. */
function errorValues(error: AbiError, args: readonly unknown[], t: Translate, options: DecodeOptions) {
  const format = createFormat(options.locale ?? "en-US");
  const values: Record<string, string> = {};
  error.inputs.forEach((input, index) => {
    const value = args[index];
    const name = input.name ?? `arg${index}`;
    if (typeof value === "bigint" || typeof value === "number") {
      const big = BigInt(value);
      if (amountArgs.has(name) && input.type === "uint256") {
        values[name] = options.formatAmount ? options.formatAmount(big) : format.integer(big);
      } else if (timeArgs.has(name)) {
        values[name] = format.dateTime(Number(big) * 1000);
      } else if (bpsArgs.has(name)) {
        values[name] = format.percent(Number(big) / 10_000);
      } else if (name === "listingId" || name === "couponListingId") {
        values[name] = listingLabel(big.toString());
      } else if (name === "status") {
        values[name] = t(`tx.orderStatus.${orderStatuses[Number(big)] ?? "none"}`);
      } else {
        values[name] = format.integer(big);
      }
    } else if (typeof value === "string" && /^0x[0-9a-fA-F]{40}$/.test(value)) {
      values[name] = shortAddress(value);
    } else {
      values[name] = String(value);
    }
  });
  return values;
}

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current && chain.length < 20 && !chain.includes(current)) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

const nameOf = (error: unknown) => (error as { name?: unknown } | undefined)?.name;
const codeOf = (error: unknown) => (error as { code?: unknown } | undefined)?.code;
const messageOf = (error: unknown) => {
  const { shortMessage, message } = (error ?? {}) as { shortMessage?: unknown; message?: unknown };
  return typeof shortMessage === "string" ? shortMessage : typeof message === "string" ? message : String(error);
};

/** A revert's custom error, decoded with the Marketplace ABI (and the tokens' ABIs for errors they bubble up). */
function revertOf(chain: unknown[]): { error?: AbiError; args: readonly unknown[]; reason?: string } | undefined {
  const reverted = chain.find((error) => error instanceof ContractFunctionRevertedError);
  const raw =
    reverted?.raw ??
    (chain
      .map((error) => (error as { data?: unknown }).data)
      .find((data): data is Hex => typeof data === "string" && /^0x[0-9a-fA-F]{8}/.test(data)) as Hex | undefined);
  let name = reverted?.data?.errorName;
  let args: readonly unknown[] = reverted?.data?.args ?? [];
  if ((!name || !contractErrorNames.includes(name)) && raw) {
    try {
      const decoded = decodeErrorResult({ abi: contractErrors, data: raw });
      name = decoded.errorName;
      args = decoded.args ?? [];
    } catch {
      // Not one of ours: fall through to the reason or a generic revert.
    }
  }
  if (!reverted && !name) return undefined;
  const error = contractErrors.find((candidate) => candidate.name === name);
  return { error, args, reason: reverted?.reason };
}

const rejectedPattern = /user (rejected|denied|cancell?ed)|rejected by user|request rejected|action_rejected/i;
const networkNames = new Set([
  "HttpRequestError",
  "WebSocketRequestError",
  "RpcRequestError",
  "IndexerError",
  "ContentError",
]);
const chainNames = new Set([
  "ChainMismatchError",
  "ConnectorChainMismatchError",
  "ChainNotConfiguredError",
  "SwitchChainNotSupportedError",
]);
const notConnectedNames = new Set([
  "ConnectorNotConnectedError",
  "ConnectorAccountNotFoundError",
  "AccountNotFoundError",
]);

/**
 * Turns any error of a write into `{ kind, name, message }`: a rejected prompt, a contract revert
 * (custom errors become sentences with their arguments), missing funds, the wrong network, an
 * RPC/HTTP failure or timeout, or something unknown (with viem's short message as detail).
 */
export function decodeTxError(error: unknown, t: TFunction, options: DecodeOptions = {}): DecodedError {
  const translate = t as unknown as Translate;
  if (error instanceof TxStepError) return error.decoded;
  const chain = errorChain(error);

  const stepError = chain.find((item) => item instanceof TxStepError);
  if (stepError) return stepError.decoded;

  if (
    chain.some(
      (item) =>
        item instanceof UserRejectedRequestError ||
        codeOf(item) === 4001 ||
        codeOf(item) === "ACTION_REJECTED" ||
        nameOf(item) === "UserRejectedRequestError",
    ) ||
    (chain.length > 0 && rejectedPattern.test(messageOf(chain[chain.length - 1])))
  ) {
    return { kind: "rejected", name: "UserRejected", message: translate("tx.error.rejected") };
  }

  const revert = revertOf(chain);
  if (revert?.error) {
    const { error: abiError, args } = revert;
    return {
      kind: fundsErrors.has(abiError.name) ? "funds" : "revert",
      name: abiError.name,
      args,
      message: translate(`tx.errors.${abiError.name}`, errorValues(abiError, args, translate, options)),
    };
  }
  if (revert) {
    return revert.reason
      ? { kind: "revert", name: "Reverted", message: translate("tx.error.revertReason", { reason: revert.reason }) }
      : { kind: "revert", name: "Reverted", message: translate("tx.error.revert") };
  }

  if (chain.some((item) => item instanceof InsufficientFundsError || nameOf(item) === "InsufficientFundsError")) {
    return { kind: "funds", name: "InsufficientFunds", message: translate("tx.error.funds") };
  }
  if (chain.some((item) => item instanceof ChainMismatchError || chainNames.has(String(nameOf(item))))) {
    return { kind: "network", name: "ChainMismatch", message: translate("tx.error.chainMismatch") };
  }
  if (chain.some((item) => notConnectedNames.has(String(nameOf(item))))) {
    return { kind: "unknown", name: "NotConnected", message: translate("tx.error.notConnected") };
  }
  if (
    chain.some(
      (item) =>
        item instanceof TimeoutError ||
        nameOf(item) === "TimeoutError" ||
        nameOf(item) === "WaitForTransactionReceiptTimeoutError" ||
        (nameOf(item) === "IndexerError" && (item as { kind?: unknown }).kind === "timeout") ||
        (nameOf(item) === "ContentError" && (item as { kind?: unknown }).kind === "timeout"),
    )
  ) {
    return { kind: "network", name: "Timeout", message: translate("tx.error.timeout") };
  }
  if (
    chain.some(
      (item) =>
        item instanceof HttpRequestError ||
        item instanceof WebSocketRequestError ||
        item instanceof RpcRequestError ||
        networkNames.has(String(nameOf(item))) ||
        (item instanceof TypeError && /fetch|network/i.test(item.message)),
    )
  ) {
    const indexer = chain.some((item) => nameOf(item) === "IndexerError");
    return { kind: "network", name: "Network", message: translate(indexer ? "tx.error.indexer" : "tx.error.network") };
  }

  const detail = error instanceof BaseError ? error.shortMessage : messageOf(error);
  return { kind: "unknown", message: translate("tx.error.unknown", { detail }) };
}
