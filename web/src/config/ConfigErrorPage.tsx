import type { TFunction } from "i18next";
import { SiteConfigError } from "./appConfig";

/**
 * What a visitor sees when the site cannot start: for a bad config.json, each problem the check
 * found and who can fix it; for anything else, the message. Rendered without the app's providers
 * (there is no config to give them), with i18n when it loaded.
 */
export function ConfigErrorPage({ error, t }: { error: unknown; t?: TFunction }) {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof SiteConfigError)) {
    return (
      <p role="alert" className="start-error">
        {t ? t("app.startFailed", { message }) : message}
      </p>
    );
  }
  return (
    <main className="config-error" data-testid="config-error">
      <h1>{t ? t("app.configError.title") : "This copy of Agora is not set up correctly"}</h1>
      <p>
        {t ? t("app.configError.lead", { file: error.url }) : `Its settings file (${error.url}) has these problems:`}
      </p>
      <ul role="alert" className="config-error__problems">
        {error.problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      <p className="config-error__help">
        {t
          ? t("app.configError.help")
          : "If you host this site, correct config.json beside index.html (see HOSTING.md) and reload. If you are visiting, the host has to fix it: listings, orders and funds are on chain and not affected."}
      </p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t ? t("app.configError.reload") : "Reload"}
      </button>
    </main>
  );
}
