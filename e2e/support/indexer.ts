// Stopping the stack's graph-node from a test, as its service does (SIGINT to its process group),
// to see the site survive a dead index. The global setup shares the stack's state folder; graph-node
// is the one process started with `--database-dir <state>/graph-node`. The global teardown's stop
// finds it already gone and moves on.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

async function commandLine(pid: string): Promise<string[]> {
  return (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).split("\0");
}

/** The process group graph-node runs in (the group its service signals), or undefined if it is not running. */
async function graphNodeGroup(databaseDir: string): Promise<number | undefined> {
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const args = await commandLine(pid);
    const at = args.indexOf("--database-dir");
    if (at < 0 || args[at + 1] !== databaseDir || !args[0]?.endsWith("gnd")) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    // Fields after the command's closing parenthesis: state, ppid, pgrp, …
    const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
    if (Number.isInteger(pgrp) && pgrp > 1) return pgrp;
  }
  return undefined;
}

/** Stops the stack's graph-node (SIGINT, as its service does) and waits until its GraphQL endpoint stops answering. */
export async function stopGraphNode(timeoutMs = 30_000): Promise<void> {
  const stateDir = process.env.AGORA_E2E_STATE_DIR;
  const graphql = process.env.AGORA_E2E_GRAPHQL_URL;
  if (!stateDir || !graphql)
    throw new Error("AGORA_E2E_STATE_DIR and AGORA_E2E_GRAPHQL_URL are set by the global setup");
  const group = await graphNodeGroup(path.join(stateDir, "graph-node"));
  if (group === undefined) throw new Error(`no graph-node running for ${stateDir}`);
  process.kill(-group, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answers = await fetch(graphql, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ _meta { block { number } } }" }),
      signal: AbortSignal.timeout(2_000),
    })
      .then((response) => response.ok)
      .catch(() => false);
    if (!answers && (await graphNodeGroup(path.join(stateDir, "graph-node"))) === undefined) return;
    if (Date.now() > deadline) throw new Error("graph-node did not stop in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
