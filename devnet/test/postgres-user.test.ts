// Issue 8: the stack's Postgres service run by an ordinary user (as root: a throw-away account,
// removed afterwards), with its state in that user's private home; and the error where Postgres
// has no account to run as.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../src/stack/config.js";
import { findUser, isRoot, postgresAccount } from "../src/stack/users.js";
import { isLoopback, pgrep } from "./procfs.js";

interface Report {
  uid: number;
  serverUid: number;
  dataDir: string;
  isolation: { available: boolean };
  answer: string;
  serverUidIsolated: number;
  bound: { address: string; port: number }[];
}

const fixture = (root: string) => path.join(root, "devnet", "test", "fixtures", "stack-as-user.ts");
const tsx = (root: string) => path.join(root, "node_modules", ".bin", "tsx");

let throwaway: { name: string; home: string; mount: string } | undefined;

afterAll(async () => {
  if (!throwaway) return;
  const uid = findUser(throwaway.name)?.uid;
  spawnSync("pkill", ["-KILL", "-u", throwaway.name]);
  spawnSync("userdel", ["--remove", throwaway.name], { stdio: "ignore" });
  await rm(throwaway.home, { recursive: true, force: true });
  await rm(throwaway.mount, { recursive: true, force: true });
  // tsx's cache of the account's runs, which userdel does not know of.
  if (uid !== undefined) await rm(path.join(tmpdir(), `tsx-${uid}`), { recursive: true, force: true });
});

/**
 * As root: a new account with a 0700 home runs the fixture. The checkout may sit in a folder that
 * account cannot enter (/root/agora), so a private mount namespace shows it the checkout at a path
 * it can reach; nothing on disk changes mode.
 */
async function runAsThrowawayUser(): Promise<{ report: Report; user: { name: string; uid: number; home: string } }> {
  const name = `agora-t${randomBytes(4).toString("hex")}`;
  const home = `/home/${name}`;
  const mount = await mkdtemp(path.join(tmpdir(), "agora-checkout-"));
  throwaway = { name, home, mount };
  await chmod(mount, 0o755);
  execFileSync("useradd", ["--create-home", "--home-dir", home, "--shell", "/bin/sh", "--user-group", name]);
  await chmod(home, 0o700);
  const user = findUser(name)!;
  const script = `mount --bind "$1" "$2" && shift 2 && exec setpriv --reuid=${user.uid} --regid=${user.gid} --clear-groups -- "$@"`;
  const output = execFileSync(
    "unshare",
    [
      "-m",
      "--propagation",
      "private",
      "sh",
      "-c",
      script,
      "sh",
      repoRoot,
      mount,
      tsx(mount),
      fixture(mount),
      path.join(home, "agora", ".devnet"),
    ],
    { encoding: "utf8", env: { ...process.env, HOME: home, USER: name, LOGNAME: name }, cwd: "/" },
  );
  return { report: JSON.parse(output.trim().split("\n").pop()!) as Report, user };
}

let report: Report;
let user: { name: string; uid: number; home: string };

beforeAll(async () => {
  if (isRoot()) {
    ({ report, user } = await runAsThrowawayUser());
  } else {
    const home = await mkdtemp(path.join(homedir(), ".agora-test-"));
    const output = execFileSync(tsx(repoRoot), [fixture(repoRoot), path.join(home, ".devnet")], { encoding: "utf8" });
    report = JSON.parse(output.trim().split("\n").pop()!) as Report;
    user = { name: "", uid: process.getuid!(), home };
    await rm(home, { recursive: true, force: true });
  }
}, 120_000);

describe("the stack's Postgres service run by an ordinary user", () => {
  it("runs as that user, with its data in that user's private folder, and leaves nothing behind", () => {
    expect(report.uid).toBe(user.uid);
    expect(report.uid).not.toBe(0);
    expect(report.serverUid).toBe(user.uid);
    expect(report.dataDir.startsWith(`${user.home}/`)).toBe(true);
    expect(existsSync(report.dataDir)).toBe(false);
    if (user.name) expect(pgrep(`^postgres -D ${report.dataDir}`)).toEqual([]);
  });

  it("keeps a program that binds every interface on loopback only, without root", () => {
    expect(report.isolation.available).toBe(true);
    expect(report.answer).toBe("answered");
    expect(report.serverUidIsolated).toBe(user.uid);
    expect(report.bound.length).toBeGreaterThan(0);
    expect(report.bound.filter((listener) => !isLoopback(listener.address))).toEqual([]);
  });
});

describe("who runs Postgres", () => {
  it("is the invoking user when not root, and a named non-root account when root", () => {
    if (!isRoot()) {
      expect(postgresAccount()).toBeUndefined();
      return;
    }
    const account = postgresAccount({ AGORA_POSTGRES_USER: "postgres" });
    expect(account?.name).toBe("postgres");
    expect(account?.uid).not.toBe(0);
    expect(() => postgresAccount({ AGORA_POSTGRES_USER: "root" })).toThrow(/refuses root/);
  });

  it("as root with no account to run as, fails with the commands that fix it", () => {
    if (!isRoot()) return expect(postgresAccount({ AGORA_POSTGRES_USER: "agora-no-such-user" })).toBeUndefined();
    expect(() => postgresAccount({ AGORA_POSTGRES_USER: "agora-no-such-user" })).toThrow(
      /no "agora-no-such-user" account[\s\S]*apt-get install postgresql[\s\S]*useradd .*agora-no-such-user/,
    );
  });
});
