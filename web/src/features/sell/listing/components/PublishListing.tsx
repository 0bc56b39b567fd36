// Wallet island: publishes the listing form. The directory (metadata.json + photos) is built as a
// CAR in the browser and its root CID shown, then uploaded with a progress bar (the node must
// answer that root), then recorded on chain through the one write mechanism: createListing for a
// new listing; for an edit, updateListing when the price or stock changed and
// updateListingMetadata when the directory did (its CID differs from the current one), nothing
// else. Then the index is awaited and the listing's page opened.
import type { ListingMetadata } from "@agora/content/schemas";
import { useConnectModal } from "@rainbow-me/rainbowkit";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { parseEventLogs } from "viem";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../../config/ConfigContext";
import { siteContract } from "../../../../lib/chain/contracts";
import { UploadNotConfiguredError } from "../../../../lib/content/writer";
import { SellFormDocument } from "../../../../lib/indexer/generated/graphql";
import { indexerKeys } from "../../../../lib/indexer/queryKeys";
import { TxStepError } from "../../../../lib/tx/errors";
import {
  documentIndexedStep,
  indexedStep,
  minedStep,
  sendStep,
  uploadedBy,
  type Uploaded,
  type WriteStep,
} from "../../../../lib/tx/steps";
import { Stepper } from "../../../../lib/tx/Stepper";
import { useWrite } from "../../../../lib/tx/useWrite";
import type { EditedListing } from "../hooks/useSellForm";
import { buildListing, isRootMismatch, kuboTarget, uploadListing, type BuiltListing } from "../listingCar";
import { listingDocument, shippingWindowOf } from "../listingForm";
import { photoFiles } from "../photos";
import type { PreparedListing } from "./ListingEditor";
import { useByteSize } from "./PhotoField";

export interface PublishListingProps {
  mode: "create" | "edit";
  /** The edited listing (its chain terms and current metadata CID). */
  listing?: EditedListing;
  /** The edited listing's current document (what the form does not edit is kept from it). */
  baseDocument?: ListingMetadata;
  /** Validates the form (showing its messages): its values and photos, or "invalid". */
  prepare(): Promise<PreparedListing | "invalid">;
  /** After the index shows the listing as published (its subgraph id). */
  onPublished(listingId: string): Promise<void> | void;
}

const subgraphId = (listingId: bigint) => `0x${listingId.toString(16).padStart(64, "0")}`;

/**
 * Uploads the built listing with progress, once per write (a retry after a failed send reuses the
 * CID); a node that answers another root, or no upload endpoint, reads as its own sentence.
 */
export function listingUploadStep({
  listing,
  uploadUrl,
  label,
  t,
}: {
  listing: BuiltListing;
  uploadUrl: string | undefined;
  label: string;
  t: TFunction<"sell">;
}): WriteStep {
  return {
    id: "upload",
    label,
    progress: true,
    async run(ctx) {
      if (ctx.results.upload) return;
      try {
        if (!uploadUrl) throw new UploadNotConfiguredError();
        const cid = await uploadListing(await kuboTarget(uploadUrl), listing, {
          onProgress: ctx.progress,
          signal: ctx.signal,
        });
        const { cidToHex } = await import("@agora/content");
        ctx.results.upload = { cid, bytes: cidToHex(cid) } satisfies Uploaded;
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        if (isRootMismatch(error)) {
          throw new TxStepError({
            kind: "network",
            name: "RootMismatch",
            message: t("listing.errors.rootMismatch", { cid: listing.root }),
          });
        }
        if (error instanceof UploadNotConfiguredError) {
          throw new TxStepError({
            kind: "network",
            name: "UploadNotConfigured",
            message: t("listing.errors.uploadNotConfigured"),
          });
        }
        const detail = error instanceof Error ? error.message : String(error);
        throw new TxStepError({ kind: "network", name: "UploadFailed", message: ctx.t("tx.error.upload", { detail }) });
      }
    },
  };
}

export default function PublishListing({ mode, listing, baseDocument, prepare, onPublished }: PublishListingProps) {
  const { t } = useTranslation("sell");
  const { chainId, ipfsUploadUrl } = useAppConfig();
  const { address: account } = useAccount();
  const { openConnectModal } = useConnectModal();
  const megabytes = useByteSize();
  const write = useWrite();
  const [built, setBuilt] = useState<{ root: string; size: number }>();
  const [notice, setNotice] = useState<{ kind: "nothingChanged" } | { kind: "build"; detail: string }>();
  const [preparing, setPreparing] = useState(false);

  const publish = async () => {
    if (!account) {
      openConnectModal?.();
      return;
    }
    setNotice(undefined);
    setPreparing(true);
    let prepared: PreparedListing | "invalid";
    let directory: BuiltListing;
    try {
      prepared = await prepare();
      if (prepared === "invalid") return;
      const { images, files } = photoFiles(prepared.photos, prepared.values.title);
      directory = await buildListing(listingDocument(prepared.values, images, baseDocument), files);
    } catch (error) {
      setNotice({ kind: "build", detail: error instanceof Error ? error.message : String(error) });
      return;
    } finally {
      setPreparing(false);
    }
    const { values } = prepared;
    const marketplace = siteContract(chainId, "Marketplace");
    const size = megabytes(directory.size);
    const upload = listingUploadStep({
      listing: directory,
      uploadUrl: ipfsUploadUrl,
      label: t("listing.publish.steps.upload", { size }),
      t,
    });
    /** The listing's chain terms and current document as the index has them. */
    const indexedListing = async (ctx: Parameters<WriteStep["run"]>[0], id: string) => {
      if (!ctx.deps.indexer) return undefined;
      const data = await ctx.deps.indexer.request(
        SellFormDocument,
        { seller: account.toLowerCase(), listing: id, edit: true },
        ctx.signal,
      );
      return data.listing ?? undefined;
    };
    const invalidate = [indexerKeys.listings(), indexerKeys.accounts()];

    let steps: WriteStep[];
    if (mode === "create") {
      setBuilt({ root: directory.root, size: directory.size });
      steps = [
        upload,
        sendStep({
          label: t("listing.publish.steps.create"),
          request: (ctx) => ({
            address: marketplace.address,
            abi: marketplace.abi,
            functionName: "createListing",
            args: [
              values.token,
              values.price,
              values.stock,
              values.arbiter,
              shippingWindowOf(values),
              uploadedBy(ctx).bytes,
            ],
          }),
        }),
        minedStep(),
        documentIndexedStep({
          async until(ctx) {
            const [created] = parseEventLogs({
              abi: marketplace.abi,
              logs: ctx.receipt?.logs ?? [],
              eventName: "ListingCreated",
            });
            if (!created) return false;
            const id = subgraphId(created.args.listingId);
            ctx.results.listingId = id;
            const indexed = await indexedListing(ctx, id);
            return !ctx.deps.indexer || indexed?.current[0]?.cid === directory.root;
          },
          invalidate,
        }),
      ];
    } else {
      if (!listing) return;
      const listingId = BigInt(listing.id);
      const metadataChanged = directory.root !== listing.current[0]?.cid;
      const termsChanged = String(values.price) !== listing.price || String(values.stock) !== listing.stock;
      if (!metadataChanged && !termsChanged) {
        setBuilt(undefined);
        setNotice({ kind: "nothingChanged" });
        return;
      }
      setBuilt(metadataChanged ? { root: directory.root, size: directory.size } : undefined);
      steps = [];
      if (metadataChanged) steps.push(upload);
      if (termsChanged) {
        steps.push(
          sendStep({
            id: "update",
            label: t("listing.publish.steps.update"),
            request: () => ({
              address: marketplace.address,
              abi: marketplace.abi,
              functionName: "updateListing",
              args: [listingId, values.price, values.stock],
            }),
          }),
          minedStep({ id: "updateMined", sendId: "update" }),
        );
      }
      if (metadataChanged) {
        steps.push(
          sendStep({
            id: "metadata",
            label: t("listing.publish.steps.metadata"),
            request: (ctx) => ({
              address: marketplace.address,
              abi: marketplace.abi,
              functionName: "updateListingMetadata",
              args: [listingId, uploadedBy(ctx).bytes],
            }),
          }),
          minedStep({ id: "metadataMined", sendId: "metadata" }),
          documentIndexedStep({
            async until(ctx) {
              const indexed = await indexedListing(ctx, listing.id);
              return !ctx.deps.indexer || indexed?.current[0]?.cid === directory.root;
            },
            invalidate,
          }),
        );
      } else {
        steps.push(indexedStep({ invalidate }));
      }
    }

    const outcome = await write.run({
      steps,
      success: mode === "create" ? t("listing.publish.created") : t("listing.publish.saved"),
    });
    if (!outcome.ok) return;
    const id = mode === "create" ? (outcome.results.listingId as string | undefined) : listing?.id;
    if (id) await onPublished(id);
  };

  const busy = write.busy || preparing;
  let label = mode === "create" ? t("listing.publish.create") : t("listing.publish.save");
  if (!account) label = t("listing.publish.connectFirst");
  else if (busy) label = t("listing.publish.busy");

  return (
    <div className="listing-editor__publisher" data-testid="publish-listing">
      <button
        type="button"
        className="button button--primary button--large"
        disabled={busy}
        aria-busy={busy || undefined}
        // Keeps the focus in the field being typed in: leaving it would show its message and move
        // this button down between press and release, and the click would be lost.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void publish()}
        data-testid="publish-listing-button"
      >
        {label}
      </button>
      {notice && (
        <p className="notice" role="status" data-testid="listing-publish-notice">
          {notice.kind === "nothingChanged"
            ? t("listing.publish.nothingChanged")
            : t("listing.errors.build", { detail: notice.detail })}
        </p>
      )}
      {built && (
        <p className="form-field__hint listing-editor__cid" data-testid="listing-cid" data-cid={built.root}>
          {t("listing.publish.built", { cid: built.root, size: megabytes(built.size) })}
        </p>
      )}
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </div>
  );
}
