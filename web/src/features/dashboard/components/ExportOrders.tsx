import { useTranslation } from "react-i18next";
import { downloadText } from "../download";
import { useSalesExport } from "../hooks/useSalesExport";
import { salesCsvFileName } from "../salesCsv";

/** A button that reads every order of the seller and saves them as a CSV file. */
export function ExportOrders({ seller }: { seller: string }) {
  const { t } = useTranslation("dashboard");
  const exporting = useSalesExport(seller);
  const run = () =>
    exporting.mutate(undefined, {
      onSuccess: ({ csv }) => downloadText(salesCsvFileName(seller, new Date()), csv),
    });
  return (
    <section aria-labelledby="dashboard-export" className="dashboard-section dashboard-export">
      <h2 id="dashboard-export">{t("export.heading")}</h2>
      <p className="form-field__hint">{t("export.hint")}</p>
      <div className="dashboard-export__row">
        <button
          type="button"
          className="button"
          onClick={run}
          disabled={exporting.isPending}
          data-testid="dashboard-export"
        >
          {exporting.isPending ? t("export.working") : t("export.button")}
        </button>
        <span role="status" className="dashboard-export__status" data-testid="dashboard-export-status">
          {exporting.isSuccess && t("export.done", { count: exporting.data.count })}
        </span>
      </div>
      {exporting.isError && (
        <p className="notice notice--warning" role="alert" data-testid="dashboard-export-error">
          {t("export.failed")}
        </p>
      )}
    </section>
  );
}
