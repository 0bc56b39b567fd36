// Issue 8: the stack runs from a folder only its owner can enter (Debian's /root, any mktemp -d),
// as root or not; Postgres runs as a non-root account and graph-node as the invoking user, with
// every graph-node port on loopback only. Checked from the kernel's tables, not with traffic.
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  anvilService,
  deployService,
  graphNodeService,
  ipfsService,
  postgresService,
  privateStackContext,
  removeStackState,
  startStack,
  type RunningStack,
  type StackContext,
} from "../src/index.js";
import { loopbackIsolation } from "../src/netns/loopbackNamespace.js";
import { postmasterPid } from "../src/stack/state.js";
import { findUser, isRoot } from "../src/stack/users.js";
import { interfaces, isLoopback, listeners, netNamespace, pgrep, uidOf } from "./procfs.js";

let privateFolder: string;
let ctx: StackContext;
let stack: RunningStack | undefined;

const graphPorts = () => [ctx.ports.graphHttp, ctx.ports.graphAdmin, ctx.ports.graphIndex, ctx.ports.graphMetrics];
const postgresDataDir = () => path.join(realpathSync(path.join(ctx.stateDir, "postgres")), "data");
const postgresPid = () => postmasterPid(postgresDataDir())!;
/** The gnd process itself (not the relay that starts it, whose command line names it too). */
function graphNodePid(): number {
  const pids = pgrep(`--http-port ${ctx.ports.graphHttp}`).filter(
    (pid) => readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "gnd",
  );
  expect(pids).toHaveLength(1);
  return pids[0]!;
}

beforeAll(async () => {
  privateFolder = await mkdtemp(path.join(tmpdir(), "agora-private-"));
  await chmod(privateFolder, 0o700);
  const stateDir = path.join(privateFolder, "agora", ".devnet");
  await mkdir(stateDir, { recursive: true });
  ctx = await privateStackContext(stateDir);
  stack = await startStack(
    [
      anvilService({ persist: false, blockTime: 1 }),
      deployService(),
      ipfsService,
      postgresService(),
      graphNodeService(),
    ],
    ctx,
  );
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  if (ctx) await removeStackState(ctx.stateDir);
  if (privateFolder) await removeStackState(privateFolder);
});

describe("a stack whose state is in a 0700 folder", () => {
  it("is in a folder other users cannot enter", () => {
    expect(statSync(privateFolder).mode & 0o077).toBe(0);
  });

  it("runs Postgres as a non-root account, with its data where that account can reach it", () => {
    const server = uidOf(postgresPid());
    expect(server).not.toBe(0);
    if (isRoot()) {
      const account = findUser("postgres")!;
      expect(server).toBe(account.uid);
      // The state folder points at the data, which lives in the account's home.
      expect(lstatSync(path.join(ctx.stateDir, "postgres")).isSymbolicLink()).toBe(true);
      expect(postgresDataDir().startsWith(`${account.home}/agora/`)).toBe(true);
      expect(statSync(postgresDataDir()).uid).toBe(account.uid);
    } else {
      expect(server).toBe(process.getuid!());
      expect(postgresDataDir()).toBe(path.join(realpathSync(ctx.stateDir), "postgres", "data"));
    }
  });

  it("runs graph-node as the invoking user, and it answers GraphQL", async () => {
    expect(uidOf(graphNodePid())).toBe(process.getuid!());
    const response = await fetch(ctx.urls.graphql!, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ _meta { block { number } } }" }),
    });
    const body = (await response.json()) as { data: { _meta: { block: { number: number } } } };
    expect(body.data._meta.block.number).toBeGreaterThan(0);
  });

  it("binds no graph-node port beyond loopback", () => {
    expect(loopbackIsolation()).toMatchObject({ available: true });
    const ours = listeners().filter((listener) => graphPorts().includes(listener.port));
    // Every port is reachable here, through the relay, and on loopback only.
    expect(new Set(ours.map((listener) => listener.port))).toEqual(new Set(graphPorts()));
    expect(ours.filter((listener) => !isLoopback(listener.address))).toEqual([]);

    // graph-node itself binds every interface, but of a namespace that has nothing but loopback.
    const gnd = graphNodePid();
    expect(netNamespace(gnd)).not.toBe(netNamespace("self"));
    expect(interfaces(gnd)).toEqual(["lo"]);
    const inside = listeners(gnd).filter((listener) => listener.port === ctx.ports.graphHttp);
    expect(inside.some((listener) => !isLoopback(listener.address))).toBe(true);
  });

  it("stops, and one call removes all of its state, Postgres's included", async () => {
    const dataDir = postgresDataDir();
    const postgres = postgresPid();
    await stack!.stop();
    stack = undefined;
    expect(existsSync(`/proc/${postgres}`)).toBe(false);
    expect(listeners().filter((listener) => graphPorts().includes(listener.port))).toEqual([]);
    await removeStackState(ctx.stateDir);
    expect(existsSync(ctx.stateDir)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });
});
