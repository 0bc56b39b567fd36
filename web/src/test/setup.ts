import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

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
