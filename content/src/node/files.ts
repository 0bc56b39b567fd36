import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DirectoryFile } from "../car.js";

/** Reads a folder (recursively) into `DirectoryFile`s with `/`-separated relative paths, sorted. */
export async function readDirectoryFiles(dir: string): Promise<DirectoryFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return {
          path: path.relative(dir, full).split(path.sep).join("/"),
          content: new Uint8Array(await readFile(full)),
        };
      }),
  );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
