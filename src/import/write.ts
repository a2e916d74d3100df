/**
 * The last step of an import: every file is written into a staging folder first and moved into
 * content/ only when the whole run is done, so an interrupted run leaves content/ as it was.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files to write, by path relative to content/. */
export type ContentFiles = Map<string, string | Uint8Array>;

/** Writes every file into the staging folder first. */
export function stage(files: ContentFiles, stagingDir: string) {
  rmSync(stagingDir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(stagingDir, path)), { recursive: true });
    writeFileSync(join(stagingDir, path), content);
  }
}

/** Moves staged files into content/ (rename where possible, copy across file systems). */
export function commit(stagingDir: string, contentDir: string): string[] {
  if (!existsSync(stagingDir)) return [];
  const moved: string[] = [];
  for (const path of readdirSync(stagingDir, { recursive: true, encoding: 'utf8' })) {
    const from = join(stagingDir, path);
    if (!statSync(from).isFile()) continue;
    const to = join(contentDir, path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      renameSync(from, to);
    } catch {
      copyFileSync(from, to);
      unlinkSync(from);
    }
    moved.push(path);
  }
  rmSync(stagingDir, { recursive: true, force: true });
  return moved.sort();
}
