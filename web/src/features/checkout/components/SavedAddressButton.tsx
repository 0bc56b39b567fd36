// Wallet island: fills the address form from the address remembered on this device, which rests
// sealed to the account's own key (opening it takes the key's free signature once per session).
import { shippingAddressSchema, type ShippingAddress } from "@agora/content/schemas";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { decodeTxError } from "../../../lib/tx/errors";
import { useEncryptionKey } from "../../../lib/wallet/encryptionKey";
import { hasSavedAddress, savedAddressKey } from "../addressForm";

export default function SavedAddressButton({ onAddress }: { onAddress(address: ShippingAddress): void }) {
  const { t } = useTranslation("checkout");
  const { t: tx } = useTranslation();
  const { chainId } = useAppConfig();
  const { address: account } = useAccount();
  const unlock = useEncryptionKey();
  const [state, setState] = useState<{ status: "idle" | "busy" } | { status: "failed"; message: string }>({
    status: "idle",
  });
  const [forgotten, setForgotten] = useState(false);
  if (!account || forgotten || !hasSavedAddress(chainId, account)) return null;

  const open = async () => {
    setState({ status: "busy" });
    try {
      const key = await unlock(account);
      const content = await import("@agora/content");
      const envelope: unknown = JSON.parse(localStorage.getItem(savedAddressKey(chainId, account)) ?? "null");
      const text = content.openEnvelopeText(key.secretKey, envelope, {
        context: content.envelopeContexts.addressBook(account),
      });
      onAddress(shippingAddressSchema.parse(JSON.parse(text)));
      setState({ status: "idle" });
    } catch (error) {
      const decoded = decodeTxError(error, tx);
      setState({ status: "failed", message: decoded.message });
    }
  };

  return (
    <div className="checkout-saved">
      <button
        type="button"
        className="button"
        onClick={() => void open()}
        disabled={state.status === "busy"}
        data-testid="use-saved-address"
      >
        {state.status === "busy" ? t("shipping.savedUnlocking") : t("shipping.useSaved")}
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          localStorage.removeItem(savedAddressKey(chainId, account));
          setForgotten(true);
        }}
      >
        {t("shipping.forget")}
      </button>
      {state.status === "failed" && (
        <p className="form-field__error" role="alert">
          {t("shipping.savedFailed", { message: state.message })}
        </p>
      )}
    </div>
  );
}
