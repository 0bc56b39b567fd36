import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { imageExtensions } from "../forms";
import { useEvidenceDocument } from "../hooks/useEvidenceDocument";

const isImage = (path: string) => imageExtensions.has(path.split(".").pop()?.toLowerCase() ?? "");

/** A statement or evidence on the timeline, read from IPFS when opened: its text and photos. */
export function StatementDetails({ cid }: { cid: string }) {
  const { t } = useTranslation("orders");
  const [open, setOpen] = useState(false);
  const read = useEvidenceDocument(cid, open);
  let body = null;
  if (open) {
    if (read.isPending) body = <p className="order-timeline__note">{t("statement.loading")}</p>;
    else if (read.isError) body = <p className="order-timeline__note">{t("statement.unavailable")}</p>;
    else if (!read.data.ok) {
      body = (
        <p className="order-timeline__note" title={read.data.issues.join("\n")}>
          {t("statement.unreadable")}
        </p>
      );
    } else {
      const { statement, attachments } = read.data.document;
      body = (
        <>
          <p className="order-statement__text" data-testid="order-statement-text">
            {statement}
          </p>
          {attachments.length > 0 && (
            <ul className="order-statement__attachments">
              {attachments.map((attachment, index) => (
                <li key={attachment.path}>
                  {attachment.sealed ? (
                    <span className="order-timeline__note">
                      {attachment.description} ({t("statement.sealed")})
                    </span>
                  ) : isImage(attachment.path) ? (
                    <figure>
                      <IpfsImage
                        className="order-statement__photo"
                        address={`${cid}/${attachment.path}`}
                        alt={attachment.description}
                      />
                      <figcaption>
                        {t("statement.photo", { index: index + 1, description: attachment.description })}
                      </figcaption>
                    </figure>
                  ) : (
                    <span className="order-timeline__note">{attachment.description}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
  }
  return (
    <details className="order-statement" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("statement.show")}</summary>
      {body}
    </details>
  );
}
