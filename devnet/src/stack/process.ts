import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { SystemUser } from "./users.js";

export type StopSignal = "SIGINT" | "SIGTERM";

export interface ProcessOptions {
  /** Name used in log lines and the log file name. */
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Folder for `<name>.log`; output is also echoed when `echo` is set. */
  logDir: string;
  echo?: boolean;
  /** The signal the program cleans up on (graph-node's dev binary: SIGINT only). */
  stopSignal: StopSignal;
  /** Run as this (non-root) account: Postgres refuses root. */
  runAs?: SystemUser;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal name) when the process ends. */
  readonly exited: Promise<number | string>;
  /** Sends the stop signal, waits, then escalates to SIGKILL of the whole process group. */
  stop(graceMs?: number): Promise<void>;
}

/** Spawns a long-running program in its own process group, logging to `<logDir>/<name>.log`. */
export async function startProcess(options: ProcessOptions): Promise<ManagedProcess> {
  await mkdir(options.logDir, { recursive: true });
  const log = createWriteStream(path.join(options.logDir, `${options.name}.log`), { flags: "a" });
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    ...(options.runAs ? { uid: options.runAs.uid, gid: options.runAs.gid } : {}),
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      log.write(chunk);
      if (options.echo) {
        for (const line of chunk.toString().split("\n")) {
          if (line.trim()) process.stdout.write(`[${options.name}] ${line}\n`);
        }
      }
    });
  }
  const exited = new Promise<number | string>((resolve) => {
    child.on("exit", (code, signal) => {
      log.end();
      resolve(code ?? signal ?? "unknown");
    });
    child.on("error", (error) => {
      log.write(`spawn error: ${error.message}\n`);
      resolve(`error: ${error.message}`);
    });
  });

  let stopping: Promise<void> | undefined;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = (graceMs = 15_000) =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(options.stopSignal);
      const ended = await Promise.race([exited.then(() => true), delay(graceMs).then(() => false)]);
      // Children of the program (e.g. a database it started) may outlive it: end the group.
      signalGroup(ended ? "SIGTERM" : "SIGKILL");
      if (!ended) await exited;
    })());

  return { name: options.name, child, exited, stop };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs a program to completion; rejects with its captured output when it fails. */
export function runToCompletion(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; runAs?: SystemUser } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const { runAs, ...spawnOptions } = options;
    const child = spawn(command, args, {
      ...spawnOptions,
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output}`));
    });
  });
}
