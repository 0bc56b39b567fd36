// The profile page's wallet island: unlock the account's encryption key (a free signature), publish
// profile.json (with the avatar) to IPFS, record its CID with Marketplace.setProfile, wait for the
// index; all through the one write mechanism.
import type { X25519Keypair } from "@agora/content";
import { useConnectModal } from "@rainbow-me/rainbowkit";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { useContentReader } from "../../../lib/content/ContentProvider";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite, documentIndexedStep, uploadedBy, uploadStep } from "../../../lib/tx/steps";
import { SellerDocument } from "../../../lib/indexer/generated/graphql";
import { sellerVariables } from "../../seller/hooks/useSeller";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { unlockKeyStep } from "../../../lib/wallet/encryptionKey";
import {
  avatarFileOf,
  profileDocument,
  type AvatarChoice,
  type ProfileFormValues,
  type PublishedProfile,
} from "../profileForm";

export interface PublishProfileProps {
  /** The profile now on the index (its avatar is re-published when kept). */
  published: PublishedProfile | undefined;
  avatar: AvatarChoice;
  /** Validates the form: its values, or "invalid" (the form then shows its errors). */
  prepare(): Promise<ProfileFormValues | "invalid">;
  /** After the index has the new profile (the page's query is refreshed by then). */
  onPublished(values: ProfileFormValues): void;
}

export default function PublishProfile({ published, avatar, prepare, onPublished }: PublishProfileProps) {
  const { t } = useTranslation("sell");
  const { chainId, hidden } = useAppConfig();
  const { address: account } = useAccount();
  const { openConnectModal } = useConnectModal();
  const reader = useContentReader();
  const writer = useContentWriter();
  const write = useWrite();

  const publish = async () => {
    if (!account) {
      openConnectModal?.();
      return;
    }
    const values = await prepare();
    if (values === "invalid") return;
    const marketplace = siteContract(chainId, "Marketplace");
    const outcome = await write.run({
      steps: [
        unlockKeyStep({ account }),
        uploadStep({
          label: t("profile.steps.upload"),
          async upload(ctx) {
            const key = ctx.results.key as X25519Keypair;
            const file = await avatarFileOf(avatar, published, (address) => reader.bytes(address, ctx.signal));
            const document = profileDocument(values, file?.path, key.publicKeyBase64);
            return writer.publish("profile", document, file ? [file] : [], {
              onProgress: ctx.progress,
              signal: ctx.signal,
            });
          },
        }),
        ...contractWrite({
          label: t("profile.steps.setProfile"),
          request: (ctx) => ({
            address: marketplace.address,
            abi: marketplace.abi,
            functionName: "setProfile",
            args: [uploadedBy(ctx).bytes],
          }),
          invalidate: [],
        }),
        documentIndexedStep({
          async until(ctx) {
            const client = ctx.deps.indexer;
            if (!client) return true;
            const variables = sellerVariables(account, 1, hidden.listings);
            const data = await client.request(SellerDocument, variables, ctx.signal);
            return data.account?.profile[0]?.cid === uploadedBy(ctx).cid;
          },
          invalidate: [indexerKeys.accounts()],
        }),
      ],
      success: t("profile.published"),
    });
    if (outcome.ok) onPublished(values);
  };

  return (
    <div className="sell-publish" data-testid="publish-profile">
      <button
        type="button"
        className="button button--primary button--large"
        disabled={write.busy}
        onClick={() => void publish()}
        data-testid="publish-profile-button"
      >
        {!account ? t("profile.connectFirst") : write.busy ? t("profile.publishing") : t("profile.publish")}
      </button>
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </div>
  );
}
