// The refund form: an amount in token units (e.g. "0.25"), from the smallest unit up to what is
// left in escrow (the contract's bounds: `refundOrder` reverts outside 1..escrow), parsed to base
// units with the token's decimals. Messages are keys under `refund.errors`.
import { formatUnits, parseUnits } from "viem";
import { z } from "zod";

export type RefundErrorKey = "required" | "number" | "decimals" | "zero" | "tooMuch";

/** Digits with an optional decimal point: "12", "0.5", ".5", "3." */
const DECIMAL = /^(\d+\.?\d*|\.\d+)$/;

/** The refund amount field for an order with `escrow` base units left, in a token of `decimals`. */
export function refundFormSchema(escrow: bigint, decimals: number) {
  return z.object({
    amount: z
      .string()
      .trim()
      .transform((text, ctx) => {
        const fail = (message: RefundErrorKey) => {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        };
        if (text === "") return fail("required");
        if (!DECIMAL.test(text)) return fail("number");
        const fraction = text.split(".")[1] ?? "";
        if (fraction.replace(/0+$/, "").length > decimals) return fail("decimals");
        const amount = parseUnits(text.endsWith(".") ? text.slice(0, -1) : text, decimals);
        if (amount === 0n) return fail("zero");
        if (amount > escrow) return fail("tooMuch");
        return amount;
      }),
  });
}
export type RefundFormInput = z.input<ReturnType<typeof refundFormSchema>>;
export type RefundFormValues = z.output<ReturnType<typeof refundFormSchema>>;

/** What "Full" puts in the field: the whole escrow in token units. */
export const fullRefund = (escrow: bigint, decimals: number) => formatUnits(escrow, decimals);

/** A refund of `amount` leaves this much in escrow; at 0 the order ends, refunded. */
export const remainingAfter = (escrow: bigint, amount: bigint) => escrow - amount;
