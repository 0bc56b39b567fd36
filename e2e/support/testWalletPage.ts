/**
 * The page half of the test wallet. Playwright serialises these functions into the page
 * (`addInitScript` / `evaluate`), so each must stay self-contained: no imports, no outer variables.
 */

/** EIP-6963 provider info. */
export interface WalletInfo {
  uuid: string;
  name: string;
  icon: string;
  rdns: string;
}

/** What crosses the binding from the page to Node. */
export type WalletMessage = { kind: "request"; method: string; params?: unknown } | { kind: "state" };

/** EIP-1193 error as it crosses the binding (an Error's prototype would not survive the trip). */
export interface WalletError {
  code: number;
  message: string;
  data?: unknown;
}

/** The binding's answer: a result, or an error the page throws. */
export type WalletReply = { result: unknown } | { error: WalletError };

export interface PageWalletSetup {
  /** Name of the Playwright binding that answers requests in Node. */
  binding: string;
  /** `Symbol.for` key under which the page keeps its event emitter, for Node to call. */
  emitterKey: string;
  info: WalletInfo;
}

/** Runs at document start in every frame: builds the EIP-1193 provider and announces it (EIP-6963). */
export function installPageWallet(setup: PageWalletSetup): void {
  type Listener = (data: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();

  // Looked up per call: the binding need not exist yet when this script runs.
  const send = (message: WalletMessage): Promise<WalletReply> => {
    const binding = (window as unknown as Record<string, unknown>)[setup.binding];
    if (typeof binding !== "function") {
      return Promise.resolve({ error: { code: 4900, message: "The test wallet is not connected to Node." } });
    }
    return (binding as (message: WalletMessage) => Promise<WalletReply>)(message);
  };

  const toError = (error: WalletError) => Object.assign(new Error(error.message), error);

  const emit = (event: string, data: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(data);
      } catch (error) {
        // A throwing listener must not stop the others (as in Node's EventEmitter it would).
        console.error(error);
      }
    }
  };

  const provider = {
    isAgoraTestWallet: true,
    async request(args: { method: string; params?: unknown }): Promise<unknown> {
      if (!args || typeof args !== "object" || typeof args.method !== "string") {
        throw toError({ code: -32600, message: "Expected a request object with a method." });
      }
      const reply = await send({ kind: "request", method: args.method, params: args.params });
      if ("error" in reply) throw toError(reply.error);
      return reply.result;
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return provider;
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return provider;
    },
    off(event: string, listener: Listener) {
      return provider.removeListener(event, listener);
    },
  };

  Object.defineProperty(window, Symbol.for(setup.emitterKey), { value: emit });

  const detail = Object.freeze({ info: Object.freeze({ ...setup.info }), provider });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();

  // EIP-1193 `connect`: the provider can serve the chain. Asked as "state" so that it never
  // consumes a rejectNext() meant for the page's own requests.
  setTimeout(() => {
    void send({ kind: "state" }).then((reply) => {
      if ("result" in reply) emit("connect", { chainId: (reply.result as { chainId: string }).chainId });
    });
  }, 0);
}

/** Runs at document start after installPageWallet: records the wallet's events as a page listener would. */
export function recordPageWalletEvents({ rdns, logKey }: { rdns: string; logKey: string }): void {
  const log: { event: string; data: unknown }[] = [];
  Object.defineProperty(window, Symbol.for(logKey), { value: log });
  const onAnnounce = (event: Event) => {
    const { info, provider } = (event as CustomEvent).detail;
    if (info.rdns !== rdns) return;
    window.removeEventListener("eip6963:announceProvider", onAnnounce);
    for (const name of ["connect", "disconnect", "accountsChanged", "chainChanged"]) {
      provider.on(name, (data: unknown) => log.push({ event: name, data }));
    }
  };
  window.addEventListener("eip6963:announceProvider", onAnnounce);
  window.dispatchEvent(new Event("eip6963:requestProvider"));
}

/** Finds the wallet through EIP-6963 (as a dapp would) and sends it one request. */
export async function requestInPage({
  rdns,
  method,
  params,
}: {
  rdns: string;
  method: string;
  params?: unknown;
}): Promise<{ result: unknown } | { error: { code: unknown; message: string; isError: boolean } }> {
  const provider = await new Promise<{ request(args: { method: string; params?: unknown }): Promise<unknown> }>(
    (resolve, reject) => {
      const onAnnounce = (event: Event) => {
        const { info, provider } = (event as CustomEvent).detail;
        if (info.rdns !== rdns) return;
        window.removeEventListener("eip6963:announceProvider", onAnnounce);
        resolve(provider);
      };
      window.addEventListener("eip6963:announceProvider", onAnnounce);
      window.dispatchEvent(new Event("eip6963:requestProvider"));
      setTimeout(() => reject(new Error(`No EIP-6963 provider announced as ${rdns}`)), 2_000);
    },
  );
  try {
    return { result: await provider.request(params === undefined ? { method } : { method, params }) };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message: string };
    return { error: { code, message, isError: error instanceof Error } };
  }
}
