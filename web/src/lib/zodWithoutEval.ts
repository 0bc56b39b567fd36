// The site's Content-Security-Policy allows no eval (script-src 'self', see HOSTING.md). zod 4
// probes for it (`Function("")`) the first time it parses an object, to compile a faster parser;
// under the policy the probe fails and the browser reports a violation each page load. Imported
// first by main.tsx: every parse, in the first load and in lazy chunks alike, runs without the JIT.
import { config } from "zod/mini";

config({ jitless: true });
