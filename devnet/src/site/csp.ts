// The site's Content-Security-Policy, derived from its config.json: the only origins the app talks
// to are the ones a hoster configures, so the policy lists exactly those. Written as a <meta> into
// dist/index.html (`npm run build`, `npm run site:car -- --config`) and sent as a header by the
// e2e preview server (web/vite.config.ts), so one function decides what the browser may load.
// Self-contained (no imports): web/vite.config.ts imports it as source.

/** The parts of config.json the policy reads, in the multi-chain form or the older flat one. */
interface ConfigOrigins {
  chains?: readonly { rpcUrl?: unknown; subgraphUrl?: unknown }[];
  rpcUrl?: unknown;
  subgraphUrl?: unknown;
  ipfsGateways?: unknown;
  ipfsUploadUrl?: unknown;
  walletConnectProjectId?: unknown;
}

/**
 * WalletConnect's relay, RPC, verify and explorer services (and Coinbase's bridge, which its
 * wallet uses when offered), after Reown's published CSP guidance. Only listed when the config
 * turns WalletConnect on with a project id.
 */
const WALLETCONNECT = {
  connect: [
    "https://*.walletconnect.com",
    "https://*.walletconnect.org",
    "wss://relay.walletconnect.com",
    "wss://relay.walletconnect.org",
    "wss://www.walletlink.org",
    "https://api.web3modal.com",
    "https://api.web3modal.org",
    "https://keys.coinbase.com",
  ],
  img: ["https://*.walletconnect.com", "https://*.walletconnect.org"],
  frame: [
    "https://verify.walletconnect.com",
    "https://verify.walletconnect.org",
    "https://secure.walletconnect.com",
    "https://secure.walletconnect.org",
  ],
};

/** The origin of a configured URL (CSP host sources match a whole origin); throws on a bad one. */
function originOf(value: unknown, field: string): string {
  if (typeof value !== "string") throw new Error(`config.json: ${field} must be a URL`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`config.json: ${field} is not a URL: ${value}`);
  }
  if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol))
    throw new Error(`config.json: ${field} must be http(s) or ws(s): ${value}`);
  return url.origin;
}

/** Every origin the app fetches from: each chain's RPC and subgraph, the gateways, the upload endpoint. */
export function configuredOrigins(config: ConfigOrigins): string[] {
  const origins: string[] = [];
  const chains = config.chains ?? [{ rpcUrl: config.rpcUrl, subgraphUrl: config.subgraphUrl }];
  chains.forEach((chain, index) => {
    const where = config.chains ? `chains[${index}].` : "";
    origins.push(originOf(chain.rpcUrl, `${where}rpcUrl`));
    if (chain.subgraphUrl !== undefined) origins.push(originOf(chain.subgraphUrl, `${where}subgraphUrl`));
  });
  const gateways = config.ipfsGateways ?? [];
  if (!Array.isArray(gateways)) throw new Error("config.json: ipfsGateways must be a list of URLs");
  gateways.forEach((gateway, index) => origins.push(originOf(gateway, `ipfsGateways[${index}]`)));
  if (config.ipfsUploadUrl !== undefined) origins.push(originOf(config.ipfsUploadUrl, "ipfsUploadUrl"));
  return [...new Set(origins)];
}

/** The policy as directives, in a fixed order (stable output, readable diffs). */
export function cspDirectives(config: ConfigOrigins): [directive: string, sources: string[]][] {
  const walletConnect = typeof config.walletConnectProjectId === "string" && config.walletConnectProjectId !== "";
  const extra = (list: string[]) => (walletConnect ? list : []);
  return [
    ["default-src", ["'none'"]],
    // Module scripts from the site's own files only: no inline script, no eval.
    ["script-src", ["'self'"]],
    // RainbowKit and sonner insert <style> elements with their themes at run time.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    // Photos are verified, then shown from blob: URLs; RainbowKit's icons and QR codes are data: URLs.
    ["img-src", ["'self'", "data:", "blob:", ...extra(WALLETCONNECT.img)]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...configuredOrigins(config), ...extra(WALLETCONNECT.connect)]],
    ["manifest-src", ["'self'"]],
    ...(walletConnect ? [["frame-src", WALLETCONNECT.frame] as [string, string[]]] : []),
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
  ];
}

/** The Content-Security-Policy value for a config.json (parsed). */
export function contentSecurityPolicy(config: ConfigOrigins): string {
  return cspDirectives(config)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

const CSP_META = /[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i;

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * index.html with the policy as a `<meta http-equiv>`, right after `<meta charset>` so that it
 * governs every element after it; an earlier policy meta is replaced (rerunning is safe).
 */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const without = html.replace(CSP_META, "");
  const charset = /^([ \t]*)<meta charset=[^>]*>\n?/im.exec(without);
  if (!charset) throw new Error("index.html has no <meta charset>: cannot place the Content-Security-Policy");
  const at = charset.index + charset[0].length;
  const newline = charset[0].endsWith("\n") ? "" : "\n";
  return `${without.slice(0, at)}${newline}${charset[1]}${meta}\n${without.slice(at)}`;
}
