import { existsSync, readFileSync, statSync } from "node:fs";

/** A local account a service can run as. */
export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** Looks up a local account (e.g. `postgres`, created by Debian's postgresql package). */
export function findUser(name: string): SystemUser | undefined {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid, , home] = line.split(":");
  return { name, uid: Number(uid), gid: Number(gid), home: home ?? "/" };
}

/** The account Debian's postgresql package creates; root runs Postgres as this one. */
export const POSTGRES_ACCOUNT = "postgres";

/**
 * Who runs the stack's Postgres. Postgres refuses root, so as root it is the `postgres` account
 * (override: AGORA_POSTGRES_USER); as anyone else it is the invoking user, needing no sudo.
 * `undefined` means "this process's own user".
 */
export function postgresAccount(env: NodeJS.ProcessEnv = process.env): SystemUser | undefined {
  if (!isRoot()) return undefined;
  const name = env.AGORA_POSTGRES_USER || POSTGRES_ACCOUNT;
  const account = findUser(name);
  if (!account) {
    throw new Error(
      `Postgres refuses to run as root, and there is no "${name}" account to run it as.\n` +
        `Either run this as an ordinary user, or create the account:\n` +
        `  apt-get install postgresql   (creates "postgres"), or\n` +
        `  useradd --system --user-group --home-dir /var/lib/postgresql --create-home --shell /usr/sbin/nologin ${name}\n` +
        `or name another non-root account with AGORA_POSTGRES_USER.`,
    );
  }
  if (account.uid === 0) throw new Error(`AGORA_POSTGRES_USER names "${name}", which is root: Postgres refuses root`);
  return account;
}

/**
 * A folder of `account`'s own where root can keep that account's data: its home, when it exists
 * and belongs to it (Debian: /var/lib/postgresql). Never a shared folder such as /var/tmp, where
 * another user could plant a symlink for root to follow.
 */
export function ownedHome(account: SystemUser): string {
  const fix = `create it: install -d -o ${account.name} -g ${account.gid} -m 0755 /var/lib/postgresql && usermod --home /var/lib/postgresql ${account.name}`;
  if (!existsSync(account.home))
    throw new Error(`the home folder of "${account.name}" (${account.home}) is missing; ${fix}`);
  const stat = statSync(account.home);
  if (!stat.isDirectory() || stat.uid !== account.uid) {
    throw new Error(`the home folder of "${account.name}" (${account.home}) is not a folder it owns; ${fix}`);
  }
  return account.home;
}
