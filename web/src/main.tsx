import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { loadAppConfig } from "./config/appConfig";
import { initI18n } from "./lib/i18n/i18n";
import { applyTheme, resolveTheme, storedThemePreference } from "./lib/theme/theme";
import "./styles.css";

// The stored theme before anything renders (the system's is in the CSS already): no flash.
applyTheme(resolveTheme(storedThemePreference()));

const root = createRoot(document.getElementById("root")!);
const i18n = initI18n();

Promise.all([loadAppConfig(), i18n])
  .then(([config]) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch(async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const t = await i18n.then(
      (instance) => instance.t.bind(instance),
      () => undefined,
    );
    root.render(
      <p role="alert" className="start-error">
        {t ? t("app.startFailed", { message }) : message}
      </p>,
    );
  });
