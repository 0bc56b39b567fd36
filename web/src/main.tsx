import "./lib/zodWithoutEval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { loadSiteConfig } from "./config/appConfig";
import { ConfigErrorPage } from "./config/ConfigErrorPage";
import { initI18n } from "./lib/i18n/i18n";
import { applyTheme, resolveTheme, storedThemePreference } from "./lib/theme/theme";
import "./styles.css";

// The stored theme before anything renders (the system's is in the CSS already): no flash.
applyTheme(resolveTheme(storedThemePreference()));

const root = createRoot(document.getElementById("root")!);
const i18n = initI18n();

Promise.all([loadSiteConfig(), i18n])
  .then(([site]) =>
    root.render(
      <StrictMode>
        <App site={site} />
      </StrictMode>,
    ),
  )
  .catch(async (error: unknown) => {
    const t = await i18n.then(
      (instance) => instance.t.bind(instance),
      () => undefined,
    );
    root.render(<ConfigErrorPage error={error} t={t} />);
  });
