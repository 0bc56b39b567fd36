// The shell commands of the operator guides (HOSTING.md, INDEXING.md, OPERATIONS.md). Every ```sh
// block is run by a test; a block that needs the public network says so in its info string
// (```sh public-network) and is only checked for that marker.
import { readFile } from "node:fs/promises";

export interface ShellBlock {
  /** 1-based line of the opening fence, for messages. */
  line: number;
  /** Words after `sh` in the info string, e.g. ["public-network"]. */
  tags: string[];
  /** The block's text, without the fences. */
  code: string;
}

const FENCE = /^(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** Every fenced block whose language is `sh`, `bash` or `shell`, in order. */
export function shellBlocks(markdown: string): ShellBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: ShellBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const [, fence, language, rest] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end]!.startsWith(fence!)) body.push(lines[end++]!);
    if (["sh", "bash", "shell"].includes(language!)) {
      blocks.push({ line: index + 1, tags: rest!.split(/\s+/).filter(Boolean), code: body.join("\n") });
    }
    index = end;
  }
  return blocks;
}

export async function readShellBlocks(file: string): Promise<ShellBlock[]> {
  return shellBlocks(await readFile(file, "utf8"));
}

/** The blocks a test must run: all but those marked `public-network`. */
export const runnableBlocks = (blocks: readonly ShellBlock[]) =>
  blocks.filter((block) => !block.tags.includes("public-network"));
