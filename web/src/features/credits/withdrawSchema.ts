// The withdraw form's rules: to the account itself, or to another address it names (valid, and not
// the zero address, which the contract refuses). Messages are i18n keys of the "credits" namespace.
import { isAddress, zeroAddress } from "viem";
import { z } from "zod";

/** The form: withdraw to self, or to `to` when `other` is ticked. Messages are i18n keys. */
export const withdrawSchema = z.object({ other: z.boolean(), to: z.string().trim() }).superRefine((value, ctx) => {
  if (!value.other) return;
  if (!isAddress(value.to, { strict: false })) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "invalidAddress" });
  } else if (value.to.toLowerCase() === zeroAddress) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "zeroAddress" });
  }
});
