// The checkout's wallet island: builds the write plan (seal and upload each address, permit or
// approve, pay into escrow, wait for the index) and runs it through the one write mechanism.
import { abis } from "@agora/contracts";
import type { ShippingAddress } from "@agora/content/schemas";
import { useConnectModal } from "@rainbow-me/rainbowkit";
import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { parseEventLogs, type Address } from "viem";
import { useAccount, useReadContracts } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { formatPrice } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { useFormat } from "../../../lib/i18n/format";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import {
  approveStep,
  contractWrite,
  permitStep,
  uploadStep,
  type PermitResult,
  type Uploaded,
  type WriteStep,
} from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { unlockKeyStep } from "../../../lib/wallet/encryptionKey";
import { savedAddressKey } from "../addressForm";
import type { CheckoutLine } from "../hooks/useCheckout";
import { purchaseCall, purchaseTotal, type AppliedCoupon, type PurchaseLine } from "../purchase";

export interface PlaceOrderProps {
  lines: readonly CheckoutLine[];
  token: CheckoutLine["listing"]["token"];
  coupons: Readonly<Record<string, AppliedCoupon>>;
  /** Every line can be bought as it is. */
  ready: boolean;
  /** Validates the form: the address to seal (null for digital-only orders), or "invalid". */
  prepare(): Promise<{ address: ShippingAddress | null; remember: boolean } | "invalid">;
  onPlaced(orderIds: readonly bigint[]): void;
}

/** Whether a token takes EIP-2612 permits: it answers `nonces` and `eip712Domain`. */
function usePermitSupport(token: Address, owner: Address | undefined, native: boolean) {
  const { chainId } = useAppConfig();
  const abi = abis.MockUSDC; // the ERC-2612 read surface shared by permit tokens
  const reads = useReadContracts({
    allowFailure: true,
    contracts: [
      { address: token, abi, functionName: "nonces", args: [owner ?? token], chainId },
      { address: token, abi, functionName: "eip712Domain", chainId },
    ],
    query: { enabled: !native, staleTime: Infinity },
  });
  if (native) return { known: true, permit: false };
  if (!reads.data) return { known: false, permit: false };
  return { known: true, permit: reads.data.every((read) => read.status === "success") };
}

export default function PlaceOrder({ lines, token, coupons, ready, prepare, onPlaced }: PlaceOrderProps) {
  const { t } = useTranslation("checkout");
  const format = useFormat();
  const { chainId } = useAppConfig();
  const writer = useContentWriter();
  const write = useWrite();
  const { address: account } = useAccount();
  const { openConnectModal } = useConnectModal();
  const marketplace = siteContract(chainId, "Marketplace");
  const native = token.native;
  const permitSupport = usePermitSupport(token.id as Address, account, native);
  // The plan's inputs, read when a step runs (a retry sees what the buyer has now).
  const latest = useRef({ lines, coupons });
  useLayoutEffect(() => {
    latest.current = { lines, coupons };
  });

  const purchaseLines = (results: Record<string, unknown>): PurchaseLine[] =>
    latest.current.lines.map((line) => ({
      listingId: BigInt(line.line.listingId),
      quantity: line.line.quantity,
      unitPrice: BigInt(line.listing.price),
      shippingCid: line.digital ? "0x" : (results[`seal.${line.line.listingId}`] as Uploaded).bytes,
      coupon: latest.current.coupons[line.line.listingId],
    }));
  const total = purchaseTotal(
    lines.map((line) => ({
      listingId: 0n,
      quantity: line.line.quantity,
      unitPrice: BigInt(line.listing.price),
      shippingCid: "0x",
      coupon: coupons[line.line.listingId],
    })),
  );
  const totalText = formatPrice(format, total.toString(), token);

  const place = async () => {
    if (!account) {
      openConnectModal?.();
      return;
    }
    const prepared = await prepare();
    if (prepared === "invalid") return;
    const { address, remember } = prepared;
    const steps: WriteStep[] = [];
    if (address && remember) {
      steps.push(unlockKeyStep({ account }), {
        id: "saveAddress",
        label: t("steps.saveAddress"),
        async run(ctx) {
          const content = await import("@agora/content");
          const key = ctx.results.key as { publicKey: Uint8Array };
          const envelope = content.sealEnvelope(key.publicKey, JSON.stringify(address), {
            context: content.envelopeContexts.addressBook(account),
          });
          localStorage.setItem(savedAddressKey(chainId, account), JSON.stringify(envelope));
        },
      });
    }
    if (address) {
      for (const line of lines.filter((candidate) => !candidate.digital)) {
        const listingId = line.line.listingId;
        steps.push(
          uploadStep({
            id: `seal.${listingId}`,
            label: t("steps.seal", { listing: listingLabel(listingId) }),
            async upload(ctx) {
              const { envelopeContexts } = await import("@agora/content");
              return writer.sealText(line.sellerKey!, JSON.stringify(address), envelopeContexts.shipping(listingId), {
                onProgress: ctx.progress,
                signal: ctx.signal,
              });
            },
          }),
        );
      }
    }
    const spender = marketplace.address;
    // Runs after the seal steps: the lines read their uploaded addresses from the results.
    const amount = ({ results }: { results: Record<string, unknown> }) => purchaseTotal(purchaseLines(results));
    const usePermit = !native && permitSupport.permit;
    if (!native) {
      steps.push(
        usePermit
          ? permitStep({ token: token.id as Address, spender, value: amount })
          : approveStep({ token: token.id as Address, spender, amount }),
      );
    }
    steps.push(
      ...contractWrite({
        label: t("steps.purchase"),
        request: ({ results }) => {
          const call = purchaseCall({
            lines: purchaseLines(results),
            native,
            permit: usePermit ? (results.permit as PermitResult) : undefined,
          });
          return { address: spender, abi: marketplace.abi, ...call };
        },
        invalidate: [indexerKeys.orders(), indexerKeys.listings(), indexerKeys.accounts(), indexerKeys.coupons()],
      }),
    );
    const outcome = await write.run({
      steps,
      success: t("placed", { count: lines.length }),
      formatAmount: (value) => formatPrice(format, value.toString(), token),
    });
    if (outcome.ok && outcome.receipt) {
      const placed = parseEventLogs({ abi: marketplace.abi, logs: outcome.receipt.logs, eventName: "OrderPlaced" });
      onPlaced(placed.map((log) => log.args.orderId));
    }
  };

  const paymentNote = native ? t("summary.eth") : permitSupport.permit ? t("summary.permit") : t("summary.approve");
  return (
    <div className="checkout-place" data-testid="place-order">
      <p className="listing-page__meta">{account ? paymentNote : t("connectFirst")}</p>
      <button
        type="button"
        className="button button--primary button--large"
        disabled={!ready || write.busy || (!native && account !== undefined && !permitSupport.known)}
        onClick={() => void place()}
        data-testid="place-order-button"
      >
        {account ? t("placeFor", { total: totalText }) : t("connectFirst")}
      </button>
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </div>
  );
}
