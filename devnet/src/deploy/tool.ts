import { spawn } from "node:child_process";

export interface ToolOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Also print the tool's output as it comes (forge's simulation and broadcast report). */
  echo?: boolean;
}

/**
 * Runs a Foundry tool to completion with the terminal's stdin, so it can ask for a keystore's
 * password or a hardware wallet's confirmation; resolves with its output, rejects with it on failure.
 */
export function runTool(command: string, args: readonly string[], options: ToolOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["inherit", "pipe", "pipe"] });
    let output = "";
    const take = (sink: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) sink.write(chunk);
    };
    child.stdout.on("data", take(process.stdout));
    child.stderr.on("data", take(process.stderr));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command.split("/").pop()} ${args[0]} failed (${code ?? signal})\n${output.trim()}`));
    });
  });
}
