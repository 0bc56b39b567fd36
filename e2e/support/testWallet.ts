import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import {
  BaseError,
  createWalletClient,
  defineChain,
  getAddress,
  hexToBigInt,
  hexToNumber,
  http,
  isAddressEqual,
  isHex,
  numberToHex,
  type Address,
  type Chain,
  type Hex,
  type TypedDataDefinition,
} from "viem";
import { mnemonicToAccount, type HDAccount } from "viem/accounts";
import {
  installPageWallet,
  recordPageWalletEvents,
  requestInPage,
  type WalletError,
  type WalletInfo,
  type WalletMessage,
  type WalletReply,
} from "./testWalletPage";

/** anvil's dev mnemonic: its first ten accounts are funded on the local chain. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

const icon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#5b3fd1"/><text x="16" y="21" font-size="12" text-anchor="middle" fill="#fff" font-family="sans-serif">test</text></svg>',
)}`;

export const TEST_WALLET_NAME = "Agora Test Wallet";
export const TEST_WALLET_RDNS = "dev.agora.testwallet";
const BINDING = "__agoraTestWallet";
const EMITTER_KEY = "dev.agora.testwallet.emit";
const EVENT_LOG_KEY = "dev.agora.testwallet.events";

/** EIP-1193 / EIP-1474 error codes the wallet answers with. */
export const WalletErrorCode = {
  userRejected: 4001,
  unauthorized: 4100,
  unsupportedMethod: 4200,
  unrecognizedChain: 4902,
  invalidParams: -32602,
  internal: -32603,
} as const;

export interface TestWalletChain {
  id: number;
  rpcUrl: string;
  name?: string;
}

export interface TestWalletOptions {
  /** Chains the wallet knows; the first is the one it starts on. */
  chains: [TestWalletChain, ...TestWalletChain[]];
  /** HD index (of `mnemonic`) of the starting account. */
  accountIndex: number;
  mnemonic?: string;
}

/** Signing methods a node would answer with its own unlocked keys: never forward them. */
const NOT_FORWARDED = new Set([
  "eth_sign",
  "eth_signTransaction",
  "eth_signTypedData",
  "eth_signTypedData_v1",
  "eth_signTypedData_v3",
]);

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

const rejected = (): WalletError => ({ code: WalletErrorCode.userRejected, message: "User rejected the request." });

const withData = (error: WalletError, data: unknown): WalletError => (data === undefined ? error : { ...error, data });

/** An error of viem's (or anything thrown) as an EIP-1193 error; keeps the node's code and data. */
function toWalletError(error: unknown): WalletError {
  if (error instanceof RpcError) return withData({ code: error.code, message: error.message }, error.data);
  if (error instanceof BaseError) {
    const withCode = error.walk((cause) => typeof (cause as { code?: unknown }).code === "number") as
      (BaseError & { code: number; data?: unknown }) | null;
    const message = withCode?.details || error.shortMessage;
    if (withCode) return withData({ code: withCode.code, message }, withCode.data);
    return { code: WalletErrorCode.internal, message };
  }
  return { code: WalletErrorCode.internal, message: error instanceof Error ? error.message : String(error) };
}

/** A JSON-RPC quantity or number as a bigint (undefined stays undefined). */
const quantity = (value: unknown): bigint | undefined =>
  value === undefined || value === null ? undefined : isHex(value) ? hexToBigInt(value) : BigInt(value as string);

/**
 * A wallet for browser tests: an EIP-1193 provider in the page, announced through EIP-6963, whose
 * requests are answered here in Node (viem local accounts sign; everything else goes to the
 * chain's RPC). Accounts are authorised once for the whole browser context, not per origin.
 */
export class TestWallet {
  /** Every request the page sent, in order (for assertions and debugging). */
  readonly requests: { method: string; params: unknown }[] = [];
  /** Hashes of the transactions it sent for the page, in order. */
  readonly sent: Hex[] = [];
  readonly info: WalletInfo = { uuid: randomUUID(), name: TEST_WALLET_NAME, icon, rdns: TEST_WALLET_RDNS };

  private readonly chains = new Map<number, TestWalletChain>();
  private chainId: number;
  private account: HDAccount;
  private authorized = false;
  private readonly rejections: { method?: string }[] = [];
  private rpcId = 0;

  private constructor(
    private readonly context: BrowserContext,
    private readonly options: TestWalletOptions,
  ) {
    for (const chain of options.chains) this.chains.set(chain.id, chain);
    this.chainId = options.chains[0].id;
    this.account = this.accountAt(options.accountIndex);
  }

  /** Installs the wallet in every page of the context, present and future (before their next load). */
  static async install(context: BrowserContext, options: TestWalletOptions): Promise<TestWallet> {
    const wallet = new TestWallet(context, options);
    // Under tsx (the benchmarks), esbuild wraps functions in `__name(…)`, which the page lacks.
    await context.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
    await context.exposeBinding(BINDING, (_source, message: WalletMessage) => wallet.answer(message));
    await context.addInitScript(installPageWallet, { binding: BINDING, emitterKey: EMITTER_KEY, info: wallet.info });
    return wallet;
  }

  /** The selected account (what `eth_accounts` returns once authorised). */
  get address(): Address {
    return this.account.address;
  }

  get currentChainId(): number {
    return this.chainId;
  }

  /** The next request (of this method, if given) fails with 4001 as if the user had clicked Reject. */
  rejectNext(filter: { method?: string } = {}): void {
    this.rejections.push(filter);
  }

  /** Selects another HD account; connected pages get `accountsChanged`. */
  async switchAccount(index: number): Promise<Address> {
    this.account = this.accountAt(index);
    if (this.authorized) await this.emit("accountsChanged", [this.account.address]);
    return this.account.address;
  }

  /** The user switches the wallet to another of its chains (as in MetaMask's network menu). */
  async switchChain(chainId: number): Promise<void> {
    if (!this.chains.has(chainId)) throw new Error(`the test wallet has no chain ${chainId}`);
    await this.selectChain(chainId);
  }

  /** Sends one request from the page, through its EIP-6963 discovery, as a dapp would. */
  requestFromPage(page: Page, method: string, params?: unknown) {
    return page.evaluate(requestInPage, { rdns: TEST_WALLET_RDNS, method, params });
  }

  /** Records the wallet's EIP-1193 events in the page from document start; call before `page.goto`. */
  async recordEvents(page: Page): Promise<void> {
    await page.addInitScript(recordPageWalletEvents, { rdns: TEST_WALLET_RDNS, logKey: EVENT_LOG_KEY });
  }

  /** The events recorded in the page since it loaded (see recordEvents). */
  recordedEvents(page: Page): Promise<{ event: string; data: unknown }[]> {
    return page.evaluate((key) => {
      const log = (window as unknown as Record<symbol, unknown>)[Symbol.for(key)];
      return (log ?? []) as { event: string; data: unknown }[];
    }, EVENT_LOG_KEY);
  }

  private accountAt(index: number): HDAccount {
    return mnemonicToAccount(this.options.mnemonic ?? DEV_MNEMONIC, { addressIndex: index });
  }

  private get chain(): Chain {
    const { id, rpcUrl, name } = this.chains.get(this.chainId)!;
    return defineChain({
      id,
      name: name ?? `Chain ${id}`,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: [rpcUrl] } },
    });
  }

  /** The binding: never throws, so that the page always gets an EIP-1193 error with a code. */
  private async answer(message: WalletMessage): Promise<WalletReply> {
    if (message.kind === "state") return { result: { chainId: numberToHex(this.chainId) } };
    const { method, params } = message;
    this.requests.push({ method, params });
    const rejection = this.rejections.findIndex((filter) => !filter.method || filter.method === method);
    if (rejection >= 0) {
      this.rejections.splice(rejection, 1);
      return { error: rejected() };
    }
    try {
      return { result: await this.handle(method, Array.isArray(params) ? params : []) };
    } catch (error) {
      return { error: toWalletError(error) };
    }
  }

  private async handle(method: string, params: unknown[]): Promise<unknown> {
    switch (method) {
      case "eth_requestAccounts":
        await this.authorize();
        return [this.address];
      case "eth_accounts":
        return this.authorized ? [this.address] : [];
      case "eth_chainId":
        return numberToHex(this.chainId);
      case "net_version":
        return String(this.chainId);
      case "wallet_requestPermissions":
        await this.authorize();
        return this.permissions();
      case "wallet_getPermissions":
        return this.authorized ? this.permissions() : [];
      case "wallet_revokePermissions":
        if (this.authorized) {
          this.authorized = false;
          await this.emit("accountsChanged", []);
        }
        return null;
      case "personal_sign": {
        const [data, from] = params as [string, string];
        this.requireAccount(from);
        // Dapps send hex (viem always does); some send plain text.
        return this.account.signMessage({ message: isHex(data) ? { raw: data } : data });
      }
      case "eth_signTypedData_v4": {
        const [from, json] = params as [string, string | object];
        this.requireAccount(from);
        const typedData = (typeof json === "string" ? JSON.parse(json) : json) as TypedDataDefinition;
        const domainChain = typedData.domain?.chainId;
        if (domainChain !== undefined && Number(domainChain) !== this.chainId) {
          throw new RpcError(
            WalletErrorCode.invalidParams,
            `Provided chainId ${Number(domainChain)} must match the active chainId ${this.chainId}`,
          );
        }
        return this.account.signTypedData(typedData);
      }
      case "eth_sendTransaction":
        return this.sendTransaction(params[0] as Record<string, unknown>);
      case "wallet_switchEthereumChain": {
        const chainId = Number((params[0] as { chainId: string }).chainId);
        if (!this.chains.has(chainId)) {
          throw new RpcError(
            WalletErrorCode.unrecognizedChain,
            `Unrecognized chain ID "${numberToHex(chainId)}". Try adding the chain using wallet_addEthereumChain first.`,
          );
        }
        await this.selectChain(chainId);
        return null;
      }
      case "wallet_addEthereumChain": {
        const {
          chainId: hexId,
          chainName,
          rpcUrls,
        } = params[0] as {
          chainId: string;
          chainName?: string;
          rpcUrls?: string[];
        };
        const chainId = Number(hexId);
        if (!this.chains.has(chainId)) {
          const rpcUrl = rpcUrls?.[0];
          if (!rpcUrl) throw new RpcError(WalletErrorCode.invalidParams, "rpcUrls must name at least one URL.");
          // As real wallets do: the endpoint must serve the chain it is added for.
          const served = Number(await this.rpc(rpcUrl, "eth_chainId", []));
          if (served !== chainId) {
            throw new RpcError(WalletErrorCode.invalidParams, `${rpcUrl} serves chain ${served}, not ${chainId}.`);
          }
          this.chains.set(chainId, { id: chainId, rpcUrl, name: chainName });
        }
        // Switch as well, like MetaMask after its prompt; wagmi checks eth_chainId afterwards.
        await this.selectChain(chainId);
        return null;
      }
      default:
        if (NOT_FORWARDED.has(method) || method.startsWith("wallet_")) {
          throw new RpcError(WalletErrorCode.unsupportedMethod, `The test wallet does not support ${method}.`);
        }
        return this.rpc(this.chains.get(this.chainId)!.rpcUrl, method, params);
    }
  }

  private async authorize() {
    if (this.authorized) return;
    this.authorized = true;
    // Before the reply, as a wallet updates its state before answering.
    await this.emit("accountsChanged", [this.address]);
  }

  private permissions() {
    return [
      {
        parentCapability: "eth_accounts",
        caveats: [{ type: "restrictReturnedAccounts", value: [this.address] }],
      },
    ];
  }

  private requireAccount(from: unknown) {
    if (!this.authorized || typeof from !== "string" || !isAddressEqual(getAddress(from), this.address)) {
      throw new RpcError(
        WalletErrorCode.unauthorized,
        "The requested account and/or method has not been authorized by the user.",
      );
    }
  }

  private async selectChain(chainId: number) {
    if (chainId === this.chainId) return;
    this.chainId = chainId;
    await this.emit("chainChanged", numberToHex(chainId));
  }

  /** Signs in Node with the local account; nonce, gas and fees come from the chain (viem). */
  private async sendTransaction(tx: Record<string, unknown>): Promise<Hex> {
    this.requireAccount(tx.from);
    const client = createWalletClient({
      account: this.account,
      chain: this.chain,
      transport: http(this.chain.rpcUrls.default.http[0]),
    });
    const gasPrice = quantity(tx.gasPrice);
    const fees =
      gasPrice !== undefined
        ? { gasPrice }
        : { maxFeePerGas: quantity(tx.maxFeePerGas), maxPriorityFeePerGas: quantity(tx.maxPriorityFeePerGas) };
    const request = await client.prepareTransactionRequest({
      to: (tx.to as Address | null | undefined) ?? undefined,
      data: (tx.data ?? tx.input) as Hex | undefined,
      value: quantity(tx.value),
      gas: quantity(tx.gas),
      nonce: tx.nonce === undefined ? undefined : isHex(tx.nonce) ? hexToNumber(tx.nonce) : Number(tx.nonce),
      ...fees,
    } as Parameters<typeof client.prepareTransactionRequest>[0]);
    const serializedTransaction = await this.account.signTransaction(
      request as Parameters<HDAccount["signTransaction"]>[0],
    );
    const hash = await client.sendRawTransaction({ serializedTransaction });
    this.sent.push(hash);
    return hash;
  }

  /** One JSON-RPC call to a node; its error comes back with the node's code and data. */
  private async rpc(url: string, method: string, params: unknown[]): Promise<unknown> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++this.rpcId, method, params }),
    });
    if (!response.ok) throw new RpcError(WalletErrorCode.internal, `${url} answered HTTP ${response.status}`);
    const body = (await response.json()) as { result?: unknown; error?: WalletError };
    if (body.error) throw new RpcError(body.error.code, body.error.message, body.error.data);
    return body.result;
  }

  /** Delivers an EIP-1193 event to the listeners of every frame that has the wallet. */
  private async emit(event: string, data: unknown) {
    const frames = this.context.pages().flatMap((page) => page.frames());
    await Promise.all(
      frames.map((frame) =>
        frame
          .evaluate(
            ([key, event, data]) => {
              const emit = (window as unknown as Record<symbol, unknown>)[Symbol.for(key as string)];
              if (typeof emit === "function") emit(event, data);
            },
            [EMITTER_KEY, event, data] as const,
          )
          // A frame that navigates or closes meanwhile has no listeners left to tell.
          .catch(() => {}),
      ),
    );
  }
}
