// Where no network namespace can be had, a program that binds every interface still starts, and
// the stack says so once, naming the ports it exposes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { loopbackIsolation, startOnLoopbackOnly } from "../src/netns/loopbackNamespace.js";
import { repoRoot } from "../src/stack/config.js";
import { freePort } from "../src/stack/ports.js";
import { listeners } from "./procfs.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it("starts the program as it is and warns once, naming its ports, when namespaces are off", async () => {
  vi.stubEnv("AGORA_NETNS", "off");
  expect(loopbackIsolation()).toEqual({ available: false, reason: "AGORA_NETNS=off" });
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const logDir = await mkdtemp(path.join(tmpdir(), "agora-netns-off-"));
  const port = await freePort();
  const server = await startOnLoopbackOnly({
    name: "any-interface-server",
    root: repoRoot,
    command: process.execPath,
    args: ["-e", `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "0.0.0.0")`],
    inbound: [port],
    outbound: [],
    logDir,
    stopSignal: "SIGTERM",
  });
  try {
    await expect.poll(() => listeners().filter((listener) => listener.port === port).length).toBeGreaterThan(0);
    // The warning tells the truth: the port is bound beyond loopback.
    expect(listeners().find((listener) => listener.port === port)?.address).toMatch(/^(0\.0\.0\.0|::)$/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(new RegExp(`every network interface \\(ports ${port}\\)`));
  } finally {
    await server.stop();
    await rm(logDir, { recursive: true, force: true });
  }
});
