import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** A program the stack needs that npm cannot provide, and the Debian package that has it. */
export interface SystemRequirement {
  /** What needs it, for the messages. */
  purpose: string;
  aptPackage: string;
  isPresent(): boolean;
}

export const chromium: SystemRequirement = {
  purpose: "browser tests (Playwright)",
  aptPackage: "chromium",
  isPresent: () => existsSync("/usr/bin/chromium"),
};

/** Debian's postgresql puts initdb/postgres under /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => existsSync(`${base}/${name}/bin/initdb`) && existsSync(`${base}/${name}/bin/postgres`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? `${base}/${versions[0]}/bin` : undefined;
}

export const postgresql: SystemRequirement = {
  purpose: "graph-node (its Postgres)",
  aptPackage: "postgresql",
  isPresent: () => postgresBinDir() !== undefined,
};

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync("/etc/os-release", "utf8"));
  } catch {
    return false;
  }
}

/**
 * Makes sure the system packages are there: as root on Debian/Ubuntu it installs what is missing
 * (and says so); anywhere else it stops with the exact command to run.
 */
export function ensureSystemPackages(requirements: SystemRequirement[]): void {
  const missing = requirements.filter((requirement) => !requirement.isPresent());
  if (missing.length === 0) return;
  const packages = missing.map((requirement) => requirement.aptPackage);
  const list = missing.map((requirement) => `${requirement.aptPackage} (for ${requirement.purpose})`).join(", ");
  const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`;
  const root = process.getuid?.() === 0;
  if (!root || !isDebianLike() || !hasAptGet()) {
    throw new Error(`Missing system packages: ${list}.\nInstall them, then run this again:\n  sudo sh -c '${command}'`);
  }
  console.log(`Installing missing system packages: ${list}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", ...packages]]) {
    const result = spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed; run it by hand:\n  ${command}`);
  }
  const stillMissing = missing.filter((requirement) => !requirement.isPresent());
  if (stillMissing.length > 0) {
    throw new Error(`apt-get finished but ${stillMissing.map((r) => r.aptPackage).join(", ")} is still missing`);
  }
}

function hasAptGet(): boolean {
  try {
    execFileSync("apt-get", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
