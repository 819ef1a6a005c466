import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a command may do to the outside world; tests pass their own to capture output. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

/** The file operations {@link writeFileAtomic} needs (tests inject a full disk). */
export interface AtomicWriteFs {
  writeFile(path: string, data: string | Uint8Array, options: { flag: string; mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

/**
 * Writes `data` to a temporary file beside `path`, then renames it over `path`: readers see the old file or the
 * whole new one, and a failure (a full disk, a directory in the way, a killed process before the rename) leaves
 * no partial output — the temporary file is removed.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fileSystem: AtomicWriteFs = fs,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fileSystem.writeFile(temporary, data, { flag: 'wx', mode: 0o644 });
    await fileSystem.rename(temporary, path);
  } catch (error) {
    await fileSystem.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

export const processIO: CommandIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => fs.readFile(path, 'utf8'),
  writeFile: (path, data) => writeFileAtomic(path, data),
};

/** Exit codes: 0 success, 1 the input is invalid or unreadable (or the output unwritable), 2 the command line is wrong. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A UTF-8 byte order mark, as Windows editors save JSON; JSON itself does not allow it. */
const BOM = '\ufeff';

export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}
