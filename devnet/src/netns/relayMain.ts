// The relay as a program: `tsx relayMain.ts [--lo-up] --forward <listen>=<target> … [-- command …]`
//
// Endpoints are `tcp:<port>` (127.0.0.1 only) or `unix:<path>`. With a command, the relay starts it
// once every listener is up, exits with its exit code, and leaves stop signals to it: the command
// gets them from its process group. `--lo-up` first brings up the loopback interface of a new
// network namespace (which starts with it down).
import { spawn, spawnSync } from "node:child_process";
import { parseEndpoint, relay } from "./relay.js";

async function main(argv: string[]) {
  const split = argv.indexOf("--");
  const options = split >= 0 ? argv.slice(0, split) : argv;
  const command = split >= 0 ? argv.slice(split + 1) : [];
  if (options.includes("--lo-up")) {
    const up = spawnSync("ip", ["link", "set", "lo", "up"], { stdio: "inherit" });
    if (up.status !== 0) throw new Error("could not bring up the loopback interface (ip link set lo up)");
  }
  const pairs = options.flatMap((option, index) => (option === "--forward" ? [options[index + 1] ?? ""] : []));
  for (const pair of pairs) {
    const [listen, target] = pair.split("=");
    if (!listen || !target) throw new Error(`--forward ${pair}: expected <listen>=<target>`);
    await relay(parseEndpoint(listen), parseEndpoint(target));
  }
  console.log(`relaying ${pairs.join(", ")}`);
  if (command.length === 0) return;
  // Stop signals reach the command through the process group; we end when it ends.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => undefined);
  const child = spawn(command[0]!, command.slice(1), { stdio: "inherit" });
  child.on("error", (error) => {
    console.error(`${command[0]}: ${error.message}`);
    process.exit(127);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
