// `npm run build:contracts` must stop on a compile error (issue 8: npm's Foundry wrappers exit 0
// whatever happens, so the script used to carry on with stale artifacts).
//
// The real contracts/, out/, cache/ and contracts/generated/ are never touched: forge is pointed at
// a temporary project with Foundry's env overrides (foundry.toml's solc shim, remappings and
// `offline = true` still apply, since forge runs from the repository root).
//
// `npm run generate` ignores FOUNDRY_OUT: it always reads the real out/ and deletes and rewrites
// contracts/generated/. So the successful control case runs only the script's forge step, and the
// failing case, which runs the whole script, asserts that generate never started. As a guard should
// that assertion ever fail, AGORA_LOCAL_DEPLOYMENT points at an invalid file, which makes generate
// throw before it deletes anything.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const scripts = (
  JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

const VALID = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Valid {
    uint256 public value;

    function set(uint256 next) external {
        value = next;
    }
}
`;

// A missing operand: solc's "Expected primary expression" (error 6933).
const BROKEN = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Broken {
    function f() external pure returns (uint256) {
        uint256 x = ;
        return x;
    }
}
`;

let project: string;

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), "agora-build-contracts-"));
  for (const dir of ["src", "test", "script"]) mkdirSync(path.join(project, dir));
  // Read only if generate starts: not JSON, so generate throws before it deletes contracts/generated/.
  writeFileSync(path.join(project, "not-a-deployment.json"), "generate must not run in this test\n");
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

/** Env that sends every forge input and output into the temporary project. */
function isolatedEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    FOUNDRY_SRC: path.join(project, "src"),
    // forge build also compiles the test and script folders: empty ones, or it would build ours.
    FOUNDRY_TEST: path.join(project, "test"),
    FOUNDRY_SCRIPT: path.join(project, "script"),
    FOUNDRY_OUT: path.join(project, "out"),
    FOUNDRY_CACHE_PATH: path.join(project, "cache"),
    FOUNDRY_BROADCAST: path.join(project, "broadcast"),
    AGORA_LOCAL_DEPLOYMENT: path.join(project, "not-a-deployment.json"),
    NO_COLOR: "1",
  };
}

function run(command: string, args: string[], env = isolatedEnv()) {
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: "utf8", timeout: 90_000 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("npm run build:contracts", () => {
  it("is a forge step followed by npm run generate", () => {
    const steps = scripts["build:contracts"]?.split(" && ") ?? [];
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/\bforge build\b/);
    expect(steps[1]).toBe("npm run generate");
  });

  it("fails with the compiler's error when a contract does not compile, and never runs generate", () => {
    writeFileSync(path.join(project, "src", "Broken.sol"), BROKEN);

    const { status, output } = run("npm", ["run", "build:contracts"]);

    expect(status, output).not.toBe(0);
    expect(output).toContain("Expected primary expression");
    expect(output).toContain("Broken.sol");
    // npm prints "> generate" as it starts a script.
    expect(output).not.toMatch(/^> generate$/m);
    expect(existsSync(path.join(project, "out", "Broken.sol"))).toBe(false);
  });

  it("builds a valid contract with the same forge step (control)", () => {
    writeFileSync(path.join(project, "src", "Valid.sol"), VALID);
    const forgeStep = scripts["build:contracts"]?.split(" && ")[0] ?? "";
    // As npm runs it: through sh, with node_modules/.bin on the PATH.
    const env = isolatedEnv();
    env.PATH = `${path.join(repoRoot, "node_modules", ".bin")}${path.delimiter}${env.PATH ?? ""}`;

    const { status, output } = run("sh", ["-c", forgeStep], env);

    expect(status, output).toBe(0);
    const artifact = JSON.parse(readFileSync(path.join(project, "out", "Valid.sol", "Valid.json"), "utf8")) as {
      abi: { name?: string }[];
    };
    expect(artifact.abi.map((entry) => entry.name)).toContain("set");
  });
});

describe("devnet/bin/foundry", () => {
  it("fails clearly when the native binary is not installed", () => {
    // A copy of the launcher in a tree without node_modules.
    const launcher = path.join(project, "devnet", "bin", "foundry");
    mkdirSync(path.dirname(launcher), { recursive: true });
    copyFileSync(path.join(repoRoot, "devnet", "bin", "foundry"), launcher);
    chmodSync(launcher, 0o755);

    const { status, output } = run(launcher, ["forge", "--version"]);

    expect(status).toBe(127);
    expect(output).toContain("no forge binary");
    expect(output).toContain("npm ci");
  });

  it("passes the tool's exit code through", () => {
    const ok = run(path.join(repoRoot, "devnet", "bin", "foundry"), ["forge", "--version"]);
    expect(ok.status, ok.output).toBe(0);
    expect(ok.output).toMatch(/forge Version: \d+\.\d+\.\d+/);

    const bad = run(path.join(repoRoot, "devnet", "bin", "foundry"), ["forge", "build", "--bogus-flag"]);
    expect(bad.status).toBe(2);
  });
});
