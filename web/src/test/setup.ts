import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

/**
 * The local chain's contracts where the local deploy (the dev deployer's first transactions) always
 * places them, whether or not this checkout has generated a local deployment yet: component tests
 * run before any stack, and must not depend on one.
 */
vi.mock("@agora/contracts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@agora/contracts")>();
  const local: Partial<Record<string, `0x${string}`>> = {
    MockUSDC: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
    Marketplace: "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e",
  };
  return {
    ...actual,
    deployedContract: ((chainId: number, name: keyof typeof actual.abis) => {
      const address = local[name];
      if (chainId !== 31337 || !address) return actual.deployedContract(chainId, name);
      return { address, deployedOnBlock: 1, abi: actual.abis[name] };
    }) as typeof actual.deployedContract,
  };
});

/** The same for the address-only module the site checks config.json against. */
vi.mock("@agora/contracts/addresses", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@agora/contracts/addresses")>();
  const local = {
    MockUSDC: { address: "0x5fbdb2315678afecb367f032d93f642f64180aa3", deployedOnBlock: 1 },
    Marketplace: { address: "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e", deployedOnBlock: 1 },
  };
  return { ...actual, deployments: { ...actual.deployments, 31337: local } };
});

/**
 * Component-test environment: idle callbacks are held (tests run them with runIdleCallbacks), so
 * the wallet layer loads only when a test says so; the DOM and storage are reset after each test.
 */
const idle: IdleRequestCallback[] = [];

export function runIdleCallbacks() {
  for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
}

beforeEach(() => {
  vi.stubGlobal(
    "requestIdleCallback",
    vi.fn((callback: IdleRequestCallback) => idle.push(callback)),
  );
  vi.stubGlobal("cancelIdleCallback", vi.fn());
});

afterEach(() => {
  cleanup();
  idle.length = 0;
  vi.unstubAllGlobals();
  localStorage.clear();
  window.location.hash = "";
  delete document.documentElement.dataset.theme;
});
