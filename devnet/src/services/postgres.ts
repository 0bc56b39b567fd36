import { existsSync } from "node:fs";
import { chown, mkdir } from "node:fs/promises";
import path from "node:path";
import { runToCompletion, startProcess, systemUser } from "../stack/process.js";
import { waitForProcess } from "../stack/ready.js";
import type { Service } from "../stack/service.js";
import { ensureSystemPackages, postgresBinDir, postgresql } from "../stack/systemPackages.js";

export const GRAPH_DATABASE = "graph-node";

/**
 * A Postgres of the stack's own, in `<state>/postgres`, on 127.0.0.1 only. graph-node's dev
 * binary would otherwise make a throw-away database and lose the index on every restart.
 * Runs as the `postgres` system user (initdb refuses root); stopped with SIGINT (fast shutdown).
 */
export function postgresService(): Service {
  return {
    name: "postgres",
    async start(ctx) {
      ensureSystemPackages([postgresql]);
      const bin = postgresBinDir()!;
      const user = systemUser("postgres");
      const dataDir = path.join(ctx.stateDir, "postgres");
      const socketDir = path.join(ctx.stateDir, "postgres-socket");
      for (const dir of [dataDir, socketDir]) {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await chown(dir, user.uid, user.gid);
      }
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
        // graph-node needs a C-locale UTF8 database.
        await runToCompletion(
          path.join(bin, "initdb"),
          ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"],
          { runAs: user, cwd: dataDir },
        );
      }
      const port = String(ctx.ports.postgres);
      const postgres = await startProcess({
        name: "postgres",
        command: path.join(bin, "postgres"),
        args: ["-D", dataDir, "-h", "127.0.0.1", "-p", port, "-k", socketDir, "-c", "max_connections=200"],
        cwd: dataDir,
        logDir: ctx.logDir,
        stopSignal: "SIGINT",
        runAs: user,
      });
      const psql = (sql: string) =>
        runToCompletion(path.join(bin, "psql"), ["-h", "127.0.0.1", "-p", port, "-U", "postgres", "-tAc", sql], {
          runAs: user,
          cwd: dataDir,
        });
      await waitForProcess(postgres, () => psql("select 1").then(() => true));
      const exists = (await psql(`select 1 from pg_database where datname = '${GRAPH_DATABASE}'`)).trim() === "1";
      if (!exists) {
        await psql(
          `create database "${GRAPH_DATABASE}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`,
        );
      }
      // graph-node insists on a password in the URL; local trust auth ignores it.
      ctx.urls.postgres = `postgresql://postgres:local@127.0.0.1:${port}/${GRAPH_DATABASE}`;
      return { stop: () => postgres.stop(20_000) };
    },
  };
}
