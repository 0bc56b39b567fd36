import { useState } from "react";
import { RouterProvider } from "react-router";
import type { AppConfig } from "../config/appConfig";
import { Providers } from "./Providers";
import { createAppRouter } from "./router";

export function App({ config }: { config: AppConfig }) {
  const [router] = useState(createAppRouter);
  return (
    <Providers config={config}>
      <RouterProvider router={router} />
    </Providers>
  );
}
