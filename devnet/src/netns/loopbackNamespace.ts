import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startProcess, type ManagedProcess, type ProcessOptions } from "../stack/process.js";
import { waitForProcess } from "../stack/ready.js";
import { isRoot } from "../stack/users.js";
import { formatEndpoint, type Endpoint } from "./relay.js";

/**
 * How a program can be kept off every interface but loopback: a network namespace of its own
 * (`unshare -n`; `unshare -rn` for an ordinary user, through a user namespace), whose only interface
 * is its own loopback. graph-node has no bind-address option (its issue #1877) and binds 0.0.0.0;
 * inside such a namespace, 0.0.0.0 reaches nothing but that namespace.
 */
export type Isolation = { available: true; unshare: string[] } | { available: false; reason: string };

let cached: Isolation | undefined;

export function loopbackIsolation(): Isolation {
  if (cached) return cached;
  if (process.env.AGORA_NETNS === "off") return (cached = { available: false, reason: "AGORA_NETNS=off" });
  const unshare = isRoot() ? ["-n"] : ["-r", "-n"];
  const probe = spawnSync("unshare", [...unshare, "ip", "link", "set", "lo", "up"], { encoding: "utf8" });
  cached =
    probe.status === 0
      ? { available: true, unshare }
      : {
          available: false,
          reason:
            probe.error?.message ??
            `\`unshare ${unshare.join(" ")} ip link set lo up\` failed: ${probe.stderr.trim() || `exit ${probe.status}`}`,
        };
  return cached;
}

export interface IsolatedProcessOptions extends Omit<ProcessOptions, "runAs"> {
  /** Repository root (for the relay program). */
  root: string;
  /** Ports the program listens on, reachable from this machine's 127.0.0.1. */
  inbound: number[];
  /** Ports of this machine's 127.0.0.1 the program connects to (same numbers inside). */
  outbound: number[];
}

/**
 * Starts a program in a network namespace of its own, with its `inbound` ports relayed to this
 * machine's 127.0.0.1 and this machine's `outbound` ports relayed in. Where no namespace can be had,
 * it starts the program as it is and prints one warning naming the ports it exposes.
 */
export async function startOnLoopbackOnly(options: IsolatedProcessOptions): Promise<ManagedProcess> {
  const isolation = loopbackIsolation();
  const { root, inbound, outbound, ...processOptions } = options;
  if (!isolation.available) {
    console.warn(
      `warning: ${options.name} listens on every network interface (ports ${inbound.join(", ")}): ` +
        `no network namespace of its own could be made (${isolation.reason}). ` +
        `Anyone who can reach this machine can reach those ports.`,
    );
    return startProcess(processOptions);
  }
  // Socket paths are limited to 107 bytes: keep them short, outside the checkout.
  const sockets = await mkdtemp(path.join(tmpdir(), "agora-ns-"));
  const socket = (direction: "in" | "out", port: number) => path.join(sockets, `${direction}-${port}.sock`);
  const forward = (from: Endpoint, to: Endpoint) => ["--forward", `${formatEndpoint(from)}=${formatEndpoint(to)}`];
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const relayMain = path.join(root, "devnet", "src", "netns", "relayMain.ts");

  const outside = await startProcess({
    name: `${options.name}-relay`,
    command: tsx,
    args: [
      relayMain,
      ...inbound.flatMap((port) => forward({ port }, { path: socket("in", port) })),
      ...outbound.flatMap((port) => forward({ path: socket("out", port) }, { port })),
    ],
    logDir: options.logDir,
    stopSignal: "SIGTERM",
  });
  let inside: ManagedProcess | undefined;
  try {
    await waitForProcess(outside, async () => outbound.every((port) => existsSync(socket("out", port))), {
      timeoutMs: 30_000,
    });
    // Inside a user namespace we are "root": tsx would then use root's /tmp/tsx-0 and fail. A temp
    // folder of the namespace's own keeps it (and the program) in folders we own.
    const insideTmp = path.join(sockets, "tmp");
    await mkdir(insideTmp);
    inside = await startProcess({
      ...processOptions,
      env: { ...(processOptions.env ?? process.env), TMPDIR: insideTmp },
      command: "unshare",
      args: [
        ...isolation.unshare,
        "--",
        tsx,
        relayMain,
        "--lo-up",
        ...inbound.flatMap((port) => forward({ path: socket("in", port) }, { port })),
        ...outbound.flatMap((port) => forward({ port }, { path: socket("out", port) })),
        "--",
        options.command,
        ...options.args,
      ],
    });
  } catch (error) {
    await outside.stop();
    await rm(sockets, { recursive: true, force: true });
    throw error;
  }
  const program = inside;
  let stopping: Promise<void> | undefined;
  return {
    name: program.name,
    child: program.child,
    exited: program.exited,
    stop: (graceMs) =>
      (stopping ??= (async () => {
        await program.stop(graceMs);
        await outside.stop();
        await rm(sockets, { recursive: true, force: true });
      })()),
  };
}
