import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";

/** Shown while a page's module loads. */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <div className="route-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden />
      <span>{t("route.loading")}</span>
    </div>
  );
}

/**
 * A page that failed (a render error, or its module could not be fetched). Inside the shell for
 * a page's error; `standalone` when the shell itself failed.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t("route.error.title"));
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : undefined;
  const body = (
    <section className="page page--narrow error-page" aria-labelledby="route-error-heading">
      <h1 id="route-error-heading">{t("route.error.heading")}</h1>
      <p>{t("route.error.body")}</p>
      {message && (
        <details>
          <summary>{t("route.error.details")}</summary>
          <pre>{message}</pre>
        </details>
      )}
      <p className="actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t("route.error.retry")}
        </button>
        {!standalone && (
          <Link to="/" className="button">
            {t("route.error.home")}
          </Link>
        )}
      </p>
    </section>
  );
  return standalone ? <main id="main-content">{body}</main> : body;
}
