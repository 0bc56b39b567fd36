import { abis } from "@agora/contracts";
import i18next, { type TFunction } from "i18next";
import {
  ChainMismatchError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  InsufficientFundsError,
  RpcRequestError,
  TimeoutError,
  UserRejectedRequestError,
} from "viem";
import { anvil, mainnet } from "viem/chains";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../i18n/i18n";
import { en } from "../i18n/locales/en";
import { zh } from "../i18n/locales/zh";
import { contractErrorNames, decodeTxError, TxStepError } from "./errors";

const abi = abis.Marketplace;
let t: TFunction;
let tZh: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: "en",
    resources: { ...resources, zh: { translation: zh } },
    interpolation: { escapeValue: false },
  });
  t = instance.t;
  tZh = instance.getFixedT("zh");
});

/** A revert as wagmi's simulateContract throws it: the custom error inside viem's execution error. */
function reverted(data: `0x${string}`, functionName = "purchase") {
  const cause = new ContractFunctionRevertedError({ abi, data, functionName });
  return new ContractFunctionExecutionError(cause, { abi, functionName, args: [] });
}

describe("decodeTxError", () => {
  it("turns InsufficientStock into 'Only N left' with its arguments, in both languages", () => {
    const data = encodeErrorResult({ abi, errorName: "InsufficientStock", args: [7n, 2n, 5n] });
    const decoded = decodeTxError(reverted(data), t);
    expect(decoded).toMatchObject({ kind: "revert", name: "InsufficientStock", message: "Only 2 left." });
    expect(decoded.args).toEqual([7n, 2n, 5n]);
    expect(decodeTxError(reverted(data), tZh).message).toBe("仅剩 2 件。");
  });

  it("says what the total became when the price changed, with the caller's amount format", () => {
    const data = encodeErrorResult({ abi, errorName: "PriceExceedsMax", args: [12_500_000n, 10_000_000n] });
    const decoded = decodeTxError(reverted(data, "checkout"), t, {
      formatAmount: (value) => `${Number(value) / 1e6} USDC`,
    });
    expect(decoded.name).toBe("PriceExceedsMax");
    expect(decoded.message).toBe(
      "The price changed while you were paying: the total is now 12.5 USDC (you agreed to at most 10 USDC). Check the new total and try again.",
    );
  });

  it("names an order's status and a listing by its number", () => {
    const status = encodeErrorResult({ abi, errorName: "InvalidOrderStatus", args: [1n, 2] });
    expect(decodeTxError(reverted(status), t).message).toContain("This order is shipped now");
    const listingId = (0xabcn << 96n) | (12n << 48n);
    const closed = encodeErrorResult({ abi, errorName: "ListingIsClosed", args: [listingId] });
    expect(decodeTxError(reverted(closed), t).message).toBe("Listing #12 is closed: it is no longer for sale.");
  });

  it("decodes raw revert data the RPC put in a nested error, including a token's error bubbled up", () => {
    const data = encodeErrorResult({
      abi: abis.MockUSDC,
      errorName: "ERC20InsufficientBalance",
      args: ["0x0000000000000000000000000000000000000001", 1n, 5n],
    });
    const rpcError = Object.assign(new Error("execution reverted"), { code: 3, data });
    const decoded = decodeTxError(new Error("estimateGas failed", { cause: rpcError }), t);
    expect(decoded).toMatchObject({ kind: "funds", name: "ERC20InsufficientBalance" });
    expect(decoded.message).toBe("Your balance (1) is less than the 5 needed.");
  });

  it("recognises a rejected prompt however the wallet wraps it", () => {
    const rejected = new UserRejectedRequestError(new Error("User rejected the request."));
    expect(decodeTxError(new Error("write failed", { cause: rejected }), t)).toMatchObject({
      kind: "rejected",
      message: "You cancelled the request in your wallet. Nothing was sent; you can try again.",
    });
    expect(decodeTxError({ code: 4001, message: "denied" }, t).kind).toBe("rejected");
  });

  it("tells network failures, timeouts, missing funds and the wrong chain apart", () => {
    const http = new HttpRequestError({ url: "http://127.0.0.1:8545", status: 502, details: "Bad Gateway" });
    expect(decodeTxError(http, t)).toMatchObject({ kind: "network", name: "Network" });
    expect(decodeTxError(new TypeError("Failed to fetch"), t).kind).toBe("network");
    const rpc = new RpcRequestError({ body: {}, url: "http://x", error: { code: -32000, message: "boom" } });
    expect(decodeTxError(rpc, t).kind).toBe("network");
    expect(decodeTxError(new TimeoutError({ body: {}, url: "http://x" }), t)).toMatchObject({
      kind: "network",
      name: "Timeout",
    });
    expect(decodeTxError(new InsufficientFundsError(), t)).toMatchObject({ kind: "funds", name: "InsufficientFunds" });
    expect(decodeTxError(new ChainMismatchError({ chain: anvil, currentChainId: mainnet.id }), t)).toMatchObject({
      kind: "network",
      name: "ChainMismatch",
    });
    const unknown = decodeTxError(new Error("weird"), t);
    expect(unknown).toMatchObject({ kind: "unknown", message: "Something went wrong: weird" });
  });

  it("passes a step's own sentence through", () => {
    const error = new TxStepError({ kind: "network", name: "Upload", message: "The upload failed." });
    expect(decodeTxError(error, t).message).toBe("The upload failed.");
  });
});

describe("tx sentences", () => {
  it("has a sentence for every custom error of the contracts, in both locales", () => {
    const enErrors = en.tx.errors as Record<string, string>;
    const zhErrors = zh.tx.errors as Record<string, string>;
    expect(contractErrorNames.length).toBeGreaterThanOrEqual(60);
    const missing = contractErrorNames.filter((name) => !enErrors[name] || !zhErrors[name]);
    expect(missing).toEqual([]);
    expect(Object.keys(enErrors).sort()).toEqual(Object.keys(zhErrors).sort());
  });

  it("only interpolates arguments the error has", () => {
    for (const item of [...abis.Marketplace, ...abis.MockUSDC]) {
      if (item.type !== "error") continue;
      const names = new Set<string>(item.inputs.map((input) => input.name));
      for (const sentence of [
        (en.tx.errors as Record<string, string>)[item.name],
        (zh.tx.errors as Record<string, string>)[item.name],
      ]) {
        for (const [, placeholder] of sentence!.matchAll(/\{\{(\w+)\}\}/g)) {
          expect(names.has(placeholder!), `${item.name}: {{${placeholder}}}`).toBe(true);
        }
      }
    }
  });
});
