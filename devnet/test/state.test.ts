// The stack's state folder: Postgres's folder found from it, data from earlier layouts kept, and
// one call wiping it all without following a link it does not own.
import { existsSync, lstatSync, readFileSync, realpathSync } from "node:fs";
import { mkdir, mkdtemp, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { preparePostgresFolder, removeStackState } from "../src/stack/state.js";
import { postgresAccount } from "../src/stack/users.js";

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await removeStackState(dir);
});

async function stateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "agora-state-"));
  cleanup.push(dir);
  return dir;
}

it("keeps the index of an earlier layout (data at <state>/postgres) and reuses its folder", async () => {
  const state = await stateFolder();
  await mkdir(path.join(state, "postgres"));
  await writeFile(path.join(state, "postgres", "PG_VERSION"), "15\n");
  await writeFile(path.join(state, "postgres", "marker"), "index");
  const account = postgresAccount();
  const folder = await preparePostgresFolder(state, account);
  expect(readFileSync(path.join(folder, "data", "marker"), "utf8")).toBe("index");
  expect(realpathSync(path.join(state, "postgres"))).toBe(realpathSync(folder));
  if (account) {
    expect(lstatSync(path.join(state, "postgres")).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(folder, "data", "marker")).uid).toBe(account.uid);
  }
  expect(await preparePostgresFolder(state, account)).toBe(folder);
  await removeStackState(state);
  expect(existsSync(state)).toBe(false);
  expect(existsSync(folder)).toBe(false);
});

it("never follows a link to a folder that does not say it belongs to this state folder", async () => {
  const state = await stateFolder();
  const elsewhere = await mkdtemp(path.join(tmpdir(), "agora-not-ours-"));
  await writeFile(path.join(elsewhere, "precious"), "keep me");
  await symlink(elsewhere, path.join(state, "postgres"));
  expect(await readlink(path.join(state, "postgres"))).toBe(elsewhere);
  await removeStackState(state);
  expect(existsSync(state)).toBe(false);
  expect(readFileSync(path.join(elsewhere, "precious"), "utf8")).toBe("keep me");
  await rm(elsewhere, { recursive: true });
});
