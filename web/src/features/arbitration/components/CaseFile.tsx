// The dispute file: the buyer's statement, then every piece of evidence in log order, each read
// from IPFS and verified against its CID (the content reader checks every block), with its photos
// and, for attachments sealed to the arbiter, a button that opens them with the arbiter's key.
import { useTranslation } from "react-i18next";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useIpfsBlobUrl } from "../../../lib/content/hooks";
import { useFormat } from "../../../lib/i18n/format";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { imageExtensions } from "../../orders/forms";
import { useEvidenceDocument } from "../../orders/hooks/useEvidenceDocument";
import type { ArbiterCase } from "../hooks/useArbitration";
import { SealedAttachment } from "../islands";

type Role = "Buyer" | "Seller" | "Arbiter";

/** One statement of the file: who, when, and its CID. */
export interface FileEntry {
  id: string;
  kind: "statement" | "evidence";
  role: Role;
  timestamp: number;
  cid: string | null;
}

/** The buyer's opening statement first, then the evidence in the contract's log order. */
export function fileEntries(dispute: Pick<ArbiterCase, "id" | "reasonCid" | "openedAt" | "evidence">): FileEntry[] {
  const evidence = [...dispute.evidence].sort((a, b) => {
    const difference = BigInt(a.logOrder) - BigInt(b.logOrder);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  });
  return [
    {
      id: `${dispute.id}-statement`,
      kind: "statement",
      role: "Buyer",
      timestamp: Number(dispute.openedAt),
      cid: dispute.reasonCid,
    },
    ...evidence.map((item) => ({
      id: item.id,
      kind: "evidence" as const,
      role: item.submitterRole,
      timestamp: Number(item.timestamp),
      cid: item.evidenceCid,
    })),
  ];
}

const isImage = (path: string) => imageExtensions.has(path.split(".").pop()?.toLowerCase() ?? "");

/** A photo of the file, with "Verified" once its bytes matched the CID. */
function EvidencePhoto({ address, caption }: { address: string; caption: string }) {
  const { t } = useTranslation("arbitration");
  const read = useIpfsBlobUrl(address);
  return (
    <figure className="arbitration-file__figure">
      <IpfsImage className="arbitration-file__photo" address={address} alt={caption} />
      <figcaption>
        {caption}
        {read.isSuccess && (
          <>
            {" "}
            <span className="arbitration-verified" title={t("file.verifiedHint")} data-testid="photo-verified">
              ✓ {t("file.verified")}
            </span>
          </>
        )}
      </figcaption>
    </figure>
  );
}

function EvidenceDocument({ entry, orderId }: { entry: FileEntry & { cid: string }; orderId: string }) {
  const { t } = useTranslation("arbitration");
  const read = useEvidenceDocument(entry.cid, true);
  if (read.isPending) return <p className="order-timeline__note">{t("file.loading")}</p>;
  if (read.isError) {
    return (
      <div role="alert">
        <p className="order-timeline__note">{t("file.unavailable")}</p>
        <button type="button" className="button" onClick={() => void read.refetch()} disabled={read.isFetching}>
          {t("file.retry")}
        </button>
      </div>
    );
  }
  if (!read.data.ok) {
    return (
      <p className="order-timeline__note" title={read.data.issues.join("\n")}>
        {t("file.unreadable")}
      </p>
    );
  }
  const { statement, attachments } = read.data.document;
  const photos = attachments.filter((attachment) => !attachment.sealed && isImage(attachment.path));
  const files = attachments.filter((attachment) => !attachment.sealed && !isImage(attachment.path));
  const sealed = attachments.filter((attachment) => attachment.sealed);
  return (
    <>
      <p className="arbitration-verified" title={t("file.verifiedHint")}>
        ✓ {t("file.verified")}
      </p>
      <p className="order-statement__text" data-testid="file-statement">
        {statement}
      </p>
      {photos.length > 0 && (
        <div className="arbitration-file__photos">
          {photos.map((attachment, index) => (
            <EvidencePhoto
              key={attachment.path}
              address={`${entry.cid}/${attachment.path}`}
              caption={attachment.description || t("file.photo", { index: index + 1 })}
            />
          ))}
        </div>
      )}
      {files.map((attachment) => (
        <p key={attachment.path} className="order-timeline__note">
          {t("file.file", { description: attachment.description })}
        </p>
      ))}
      {sealed.map((attachment) => (
        <WalletIsland
          key={attachment.path}
          fallback={
            <button type="button" className="button" disabled>
              {t("sealed.open")}
            </button>
          }
        >
          <SealedAttachment
            orderId={orderId}
            address={`${entry.cid}/${attachment.path}`}
            description={attachment.description}
          />
        </WalletIsland>
      ))}
    </>
  );
}

export function CaseFile({ dispute }: { dispute: ArbiterCase }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const entries = fileEntries(dispute);
  return (
    <section className="arbitration-file" aria-labelledby="arbitration-file-heading" data-testid="case-file">
      <h2 id="arbitration-file-heading">{t("file.heading")}</h2>
      <p className="order-timeline__note">{t("file.hint")}</p>
      <ol className="arbitration-file__list">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className="arbitration-file__entry card"
            data-role={entry.role}
            data-kind={entry.kind}
            data-testid="file-entry"
          >
            <p className="arbitration-file__title">
              {t(entry.kind === "statement" ? "file.statement" : "file.evidence", {
                role: t(`file.roles.${entry.role}`),
              })}
            </p>
            <p className="order-timeline__meta">
              <time dateTime={new Date(entry.timestamp * 1000).toISOString()}>
                {format.dateTime(entry.timestamp * 1000)}
              </time>
            </p>
            {entry.cid ? (
              <EvidenceDocument entry={{ ...entry, cid: entry.cid }} orderId={dispute.order.orderId} />
            ) : (
              <p className="order-timeline__note">{t("file.noCid")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
