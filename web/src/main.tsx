import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { Providers } from "./app/Providers";
import { loadAppConfig } from "./config/appConfig";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);

loadAppConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <Providers config={config}>
          <App />
        </Providers>
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    root.render(<p role="alert">Agora could not start: {error instanceof Error ? error.message : String(error)}</p>);
  });
