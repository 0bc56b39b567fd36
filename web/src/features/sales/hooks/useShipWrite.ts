// Wallet islands only: ships (or delivers) an order through the one write mechanism. The payload
// (tracking details or a digital delivery, agora/delivery@1) is sealed to the buyer's key for this
// order, uploaded, and its CID passed to `shipOrder` with the order's terms; without one the order
// is marked shipped with an empty CID.
import type { Delivery } from "@agora/content";
import { useAppConfig } from "../../../config/ConfigContext";
import { clearDraft } from "../../../lib/forms/formDraft";
import { siteContract } from "../../../lib/chain/contracts";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite, uploadedBy, uploadStep, type WriteStep } from "../../../lib/tx/steps";
import { useWrite } from "../../../lib/tx/useWrite";
import type { SaleOrder } from "./useSales";

export interface SealedPayload {
  /** The buyer's X25519 public key (base64), from their newest valid profile. */
  buyerKey: string;
  payload: Delivery;
}

/**
 * `ship(sealed)` resolves with whether the order was shipped (and indexed); the form's draft
 * (`draftKey`) is spent then, at once or after a Retry.
 */
export function useShipWrite(
  order: SaleOrder,
  { sealLabel, success, draftKey }: { sealLabel: string; success: string; draftKey: string },
) {
  const { chainId } = useAppConfig();
  const writer = useContentWriter();
  const write = useWrite();
  const ship = async (sealed: SealedPayload | null) => {
    const orderId = BigInt(order.orderId);
    const steps: WriteStep[] = [];
    if (sealed) {
      steps.push(
        uploadStep({
          label: sealLabel,
          async upload(ctx) {
            const { envelopeContexts } = await import("@agora/content");
            return writer.sealText(
              sealed.buyerKey,
              JSON.stringify(sealed.payload),
              envelopeContexts.delivery(orderId),
              {
                onProgress: ctx.progress,
                signal: ctx.signal,
              },
            );
          },
        }),
      );
    }
    const outcome = await write.run({
      steps: [
        ...steps,
        ...contractWrite({
          request: (ctx) => {
            const marketplace = siteContract(chainId, "Marketplace");
            return {
              address: marketplace.address,
              abi: marketplace.abi,
              functionName: "shipOrder",
              args: [orderId, orderTerms(order), sealed ? uploadedBy(ctx).bytes : "0x"],
            };
          },
          invalidate: [indexerKeys.orders(), indexerKeys.accounts()],
        }),
      ],
      success,
    });
    if (outcome.ok) clearDraft(draftKey);
    return outcome.ok;
  };
  const retry = async () => {
    if ((await write.retry()).ok) clearDraft(draftKey);
  };
  return { write, ship, retry };
}

/** The buyer's published encryption key, if any. */
export const buyerKeyOf = (order: SaleOrder) => order.buyer.profile[0]?.encryptionPublicKey ?? undefined;
