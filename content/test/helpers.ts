import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, readlink, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const TSX = path.resolve(contentDir, "../node_modules/.bin/tsx");
export const CLI = path.join(contentDir, "src/node/cli.ts");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function tempDir(prefix = "agora-ipfs-"): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

export interface SpawnedNode {
  url: string;
  port: number;
  repo: string;
  child: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns the real node CLI (through tsx) on a free port and waits for `/api/v0/version`. */
export async function spawnNode({ repo, args = [] }: { repo: string; args?: string[] }): Promise<SpawnedNode> {
  const port = await freePort();
  const child = spawn(TSX, [CLI, "--port", String(port), "--repo", repo, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node exited early:\n${output}`);
    const ok = await fetch(`${url}/api/v0/version`, { method: "POST", signal: AbortSignal.timeout(1_000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`node not ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    repo,
    child,
    output: () => output,
    async stop(signal = "SIGINT") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The pid and all its descendants (Linux /proc). */
export async function processTree(pid: number): Promise<number[]> {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const tasks = await readdir(`/proc/${pids[i]}/task`).catch(() => [] as string[]);
    for (const task of tasks) {
      const children = await readFile(`/proc/${pids[i]}/task/${task}/children`, "utf8").catch(() => "");
      for (const child of children.split(/\s+/).filter(Boolean)) pids.push(Number(child));
    }
  }
  return pids;
}

export interface InetSocket {
  protocol: string;
  local: string;
  remote: string;
}

function decodeAddress(hex: string): string {
  const [addr = "", port = ""] = hex.split(":");
  const portNumber = parseInt(port, 16);
  if (addr.length === 8) {
    const bytes = addr
      .match(/../g)!
      .map((b) => parseInt(b, 16))
      .reverse();
    return `${bytes.join(".")}:${portNumber}`;
  }
  // IPv6: four little-endian 32-bit words.
  const words = addr.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(""));
  return `[${words.join("").match(/.{4}/g)!.join(":")}]:${portNumber}`;
}

/** Every internet socket (TCP/UDP, v4/v6, raw) held by the given processes. */
export async function inetSocketsOf(pids: number[]): Promise<InetSocket[]> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      const match = /^socket:\[(\d+)\]$/.exec(link);
      if (match) inodes.add(match[1]!);
    }
  }
  const sockets: InetSocket[] = [];
  for (const protocol of ["tcp", "tcp6", "udp", "udp6", "raw", "raw6"]) {
    const table = await readFile(`/proc/net/${protocol}`, "utf8").catch(() => "");
    for (const line of table.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      if (inodes.has(fields[9]!))
        sockets.push({ protocol, local: decodeAddress(fields[1]!), remote: decodeAddress(fields[2]!) });
    }
  }
  return sockets;
}
