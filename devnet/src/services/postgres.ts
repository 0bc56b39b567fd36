import { existsSync } from "node:fs";
import path from "node:path";
import { runToCompletion, startProcess } from "../stack/process.js";
import { waitForProcess } from "../stack/ready.js";
import type { Service } from "../stack/service.js";
import { preparePostgresFolder, pruneOrphanedPostgresFolders } from "../stack/state.js";
import { ensureSystemPackages, postgresBinDir, postgresql } from "../stack/systemPackages.js";
import { postgresAccount } from "../stack/users.js";

export const GRAPH_DATABASE = "graph-node";

export interface PostgresOptions {
  /** The stack's state folder; the data goes to `<stateDir>/postgres/data` (see stack/state.ts). */
  stateDir: string;
  logDir: string;
  port: number;
  echo?: boolean;
}

export interface RunningPostgres {
  /** A database in graph-node's required encoding (UTF8, C locale), created if missing. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A Postgres of the stack's own on 127.0.0.1 only (no Unix socket: a deep checkout's path would
 * pass the socket path limit). It runs as the invoking user; as root, as the `postgres` account,
 * because Postgres refuses root. Stopped with SIGINT (fast shutdown).
 */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  ensureSystemPackages([postgresql]);
  const bin = postgresBinDir()!;
  const account = postgresAccount();
  if (account) await pruneOrphanedPostgresFolders(account);
  const folder = await preparePostgresFolder(options.stateDir, account);
  const dataDir = path.join(folder, "data");
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // graph-node needs a C-locale UTF8 database.
    await runToCompletion(
      path.join(bin, "initdb"),
      ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"],
      { runAs: account, cwd: folder },
    );
  }
  const port = String(options.port);
  const server = await startProcess({
    name: "postgres",
    command: path.join(bin, "postgres"),
    args: ["-D", dataDir, "-h", "127.0.0.1", "-p", port, "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    cwd: folder,
    logDir: options.logDir,
    echo: options.echo,
    stopSignal: "SIGINT",
    runAs: account,
  });
  /** Runs SQL as the `postgres` role over TCP; resolves with psql's unaligned output. */
  const sql = (statement: string, database = "postgres") =>
    runToCompletion(path.join(bin, "psql"), [
      "-h",
      "127.0.0.1",
      "-p",
      port,
      "-U",
      "postgres",
      "-d",
      database,
      "-v",
      "ON_ERROR_STOP=1",
      "-tAc",
      statement,
    ]);
  await waitForProcess(server, () => sql("select 1").then(() => true), { timeoutMs: 60_000 });
  const createDatabase = async (name: string) => {
    if (!/^[\w-]+$/.test(name)) throw new Error(`"${name}" is not a database name this stack uses`);
    const exists = (await sql(`select 1 from pg_database where datname = '${name}'`)).trim() === "1";
    if (!exists) {
      await sql(`create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
    }
    // graph-node insists on a password in the URL; local trust auth ignores it.
    return `postgresql://postgres:local@127.0.0.1:${port}/${name}`;
  };
  return { createDatabase, stop: () => server.stop(20_000) };
}

/** The stack's Postgres service: graph-node's database, its URL in `ctx.urls.postgres`. */
export function postgresService(): Service {
  return {
    name: "postgres",
    async start(ctx) {
      const postgres = await startPostgres({
        stateDir: ctx.stateDir,
        logDir: ctx.logDir,
        port: ctx.ports.postgres,
        echo: ctx.echo,
      });
      try {
        ctx.urls.postgres = await postgres.createDatabase(GRAPH_DATABASE);
      } catch (error) {
        await postgres.stop();
        throw error;
      }
      return { stop: () => postgres.stop() };
    },
  };
}
