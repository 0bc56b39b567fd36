// What the kernel says about processes and sockets: the tests check users and bindings there, not
// by sending traffic anywhere.
import { execFileSync } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";

/** Real uid of a process, as this process's user namespace sees it. */
export function uidOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("Uid:"));
  return Number(line!.split(/\s+/)[1]);
}

/** Pids of processes whose command line matches `pattern` (pgrep -f). */
export function pgrep(pattern: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", "--", pattern], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export interface Listener {
  address: string;
  port: number;
}

/** Listening TCP sockets of the network namespace of `pid` (default: ours), IPv4 and IPv6. */
export function listeners(pid: number | "self" = "self"): Listener[] {
  const result: Listener[] = [];
  for (const family of ["tcp", "tcp6"]) {
    let table: string;
    try {
      table = readFileSync(`/proc/${pid}/net/${family}`, "utf8");
    } catch {
      continue;
    }
    for (const line of table.trim().split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== "0A") continue; // TCP_LISTEN
      const [hex, port] = local!.split(":");
      result.push({ address: decodeAddress(hex!), port: parseInt(port!, 16) });
    }
  }
  return result;
}

/** /proc/net/tcp writes addresses as host-order 32-bit words in hex. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g)!.map((word) => word.match(/../g)!.reverse().join(""));
  if (words.length === 1)
    return words[0]!
      .match(/../g)!
      .map((byte) => parseInt(byte, 16))
      .join(".");
  const full = words.join("");
  if (full === "00000000000000000000000000000001") return "::1";
  if (/^0+$/.test(full)) return "::";
  if (full.startsWith("00000000000000000000ffff")) {
    return `::ffff:${full
      .slice(24)
      .match(/../g)!
      .map((byte) => parseInt(byte, 16))
      .join(".")}`;
  }
  return full.match(/.{4}/g)!.join(":");
}

/** The network interfaces of the namespace of `pid`. */
export function interfaces(pid: number): string[] {
  return readFileSync(`/proc/${pid}/net/dev`, "utf8")
    .trim()
    .split("\n")
    .slice(2)
    .map((line) => line.split(":")[0]!.trim());
}

export const netNamespace = (pid: number | "self") => readlinkSync(`/proc/${pid}/ns/net`);

export const isLoopback = (address: string) =>
  address.startsWith("127.") || address === "::1" || address.startsWith("::ffff:127.");
