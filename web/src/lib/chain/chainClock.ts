// The page's clock for deadlines, in unix seconds, ticking once a second for every component that
// shows one (one timer for all of them). Deadlines are checked on chain against block time, which a
// test chain may have moved ahead of the browser's clock (anvil's evm_increaseTime): every block
// timestamp the page learns (the index's `_meta` block) is a lower bound of the chain's time, so the
// clock keeps the largest lead seen. It never runs behind the browser: an idle chain's last block
// is old, which says nothing about now.
import { useSyncExternalStore } from "react";

let lead = 0;
let now = Math.floor(Date.now() / 1000);
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

const read = () => Math.floor(Date.now() / 1000) + lead;

function update() {
  const next = read();
  if (next === now) return;
  now = next;
  for (const listener of listeners) listener();
}

/** The chain's time as best known: the browser's clock plus the largest lead a block has shown. */
export function chainNow(): number {
  return read();
}

/** A block timestamp (seconds) seen on the chain: moves the clock forward if the chain is ahead. */
export function noteChainTime(timestamp: number | null | undefined) {
  if (timestamp === null || timestamp === undefined || !Number.isFinite(timestamp)) return;
  const ahead = timestamp - Math.floor(Date.now() / 1000);
  if (ahead <= lead) return;
  lead = ahead;
  update();
}

/** Forgets the chain's lead (tests). */
export function resetChainClock() {
  lead = 0;
  now = read();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = read();
    timer = setInterval(update, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** While nothing ticks, the first render of a page reads the clock afresh. */
const snapshot = () => (timer ? now : (now = read()));

/** Now in unix seconds (chain time as best known), re-rendering the caller every second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
