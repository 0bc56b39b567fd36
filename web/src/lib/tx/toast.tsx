// Result toasts of writes (sonner), with a link to the transaction on the chain's explorer when
// config.json names one. Imported only from the wallet layer and wallet islands: never first load.
import type { TFunction } from "i18next";
import { toast, Toaster } from "sonner";
import type { Hash } from "viem";
import type { Theme } from "../theme/theme";
import type { DecodedError } from "./errors";

/** `${explorerUrl}/tx/${hash}`, or undefined without an explorer or a hash. */
export function explorerTxUrl(explorerUrl: string | undefined, hash: Hash | undefined): string | undefined {
  if (!explorerUrl || !hash) return undefined;
  return `${explorerUrl.replace(/\/+$/, "")}/tx/${hash}`;
}

export type ToastResult =
  | { ok: true; message: string; hash?: Hash; explorerUrl?: string }
  | { ok: false; error: DecodedError; hash?: Hash; explorerUrl?: string };

/**
 * A toast for a finished write: success with the explorer link, or the error's sentence (a prompt
 * the user rejected needs no toast: they know, and the stepper says so).
 */
export function toastResult(result: ToastResult, t: TFunction) {
  const href = explorerTxUrl(result.explorerUrl, result.hash);
  const description = href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {t("tx.toast.explorer")}
    </a>
  ) : undefined;
  if (result.ok) return toast.success(result.message, { description });
  if (result.error.kind === "rejected") return undefined;
  return toast.error(result.error.message, { description });
}

/** Mounted once in the wallet layer. */
export function TxToaster({ theme }: { theme: Theme }) {
  return <Toaster theme={theme} position="bottom-right" closeButton richColors />;
}
