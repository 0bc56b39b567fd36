import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { chown, mkdir, readdir, readlink, realpath, rename, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { ownedHome, type SystemUser } from "./users.js";

/**
 * All of a stack's state lives in one folder (`.devnet/` for `npm start`, a temp folder in tests),
 * with one exception: as root, Postgres runs as the `postgres` account, which cannot enter a
 * checkout inside a private folder (`/root`, any `mktemp -d`). Its folder then lives in that
 * account's home, `<home>/agora/<hash of the state folder>/`, and `<state>/postgres` is a symlink
 * to it, so the state is still found from one place, and wiped with it by `removeStackState`.
 */
const POSTGRES_LINK = "postgres";
/** Written into an outside Postgres folder: the state folder it belongs to. */
const OWNER_FILE = "state-folder";

const outsideBase = (account: SystemUser) => path.join(ownedHome(account), "agora");

/** The folder holding Postgres's `data/` for this state folder, created and owned by `account`. */
export async function preparePostgresFolder(stateDir: string, account: SystemUser | undefined): Promise<string> {
  await mkdir(stateDir, { recursive: true });
  const link = path.join(stateDir, POSTGRES_LINK);
  // Data found inside the state folder that must move to the outside folder, keeping its index:
  // earlier stacks kept the data folder itself at <state>/postgres, and a non-root run keeps
  // <state>/postgres/data.
  const inside = isSymlink(link)
    ? undefined
    : [link, ...(account ? [path.join(link, "data")] : [])].find((dir) => existsSync(path.join(dir, "PG_VERSION")));
  if (inside !== undefined) {
    await rename(inside, `${link}.moving`);
    if (inside !== link) await rm(link, { recursive: true, force: true });
  }
  let folder = link;
  if (!account) {
    await mkdir(folder, { recursive: true, mode: 0o700 });
  } else {
    const stateReal = await realpath(stateDir);
    const base = outsideBase(account);
    await mkdir(base, { recursive: true, mode: 0o700 });
    await chown(base, account.uid, account.gid);
    const id = createHash("sha256").update(stateReal).digest("hex").slice(0, 16);
    // Named after the checkout (`<checkout>/.devnet` → `<checkout>-<hash>`), so it is easy to place.
    const label =
      path.basename(stateReal) === ".devnet" ? path.basename(path.dirname(stateReal)) : path.basename(stateReal);
    folder = path.join(base, `${label.replace(/[^\w.-]/g, "_")}-${id}`);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chown(folder, account.uid, account.gid);
    await writeFile(path.join(folder, OWNER_FILE), `${stateReal}\n`);
    if (isSymlink(link) && (await readlink(link)) !== folder) await rm(link);
    if (!existsSync(link)) await symlink(folder, link);
  }
  if (inside !== undefined) {
    // `mv` rather than rename(2): the two folders may be on different file systems.
    execFileSync("mv", ["-T", `${link}.moving`, path.join(folder, "data")]);
    if (account) execFileSync("chown", ["-R", `${account.uid}:${account.gid}`, path.join(folder, "data")]);
  }
  return folder;
}

/** Removes a state folder and, when its Postgres lives outside it, that folder too. */
export async function removeStackState(stateDir: string): Promise<void> {
  const link = path.join(stateDir, POSTGRES_LINK);
  if (isSymlink(link)) {
    const target = await readlink(link);
    // Follow the link only to a folder that says it belongs to this state folder.
    const owner = readOwner(target);
    if (owner !== undefined && owner === (await realpath(stateDir))) await rm(target, { recursive: true, force: true });
  }
  await rm(stateDir, { recursive: true, force: true });
}

/** As root: removes outside Postgres folders whose state folder is gone and whose server is not running. */
export async function pruneOrphanedPostgresFolders(account: SystemUser): Promise<string[]> {
  const base = outsideBase(account);
  if (!existsSync(base)) return [];
  const removed: string[] = [];
  for (const name of await readdir(base)) {
    const folder = path.join(base, name);
    const owner = readOwner(folder);
    if (owner === undefined || existsSync(owner) || serverRunning(path.join(folder, "data"))) continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

function readOwner(folder: string): string | undefined {
  try {
    return readFileSync(path.join(folder, OWNER_FILE), "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The pid of the Postgres server of `dataDir`: the first line of `postmaster.pid` while it runs. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
}

function serverRunning(dataDir: string): boolean {
  const pid = postmasterPid(dataDir);
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
