import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CommandIO } from './io.js';
import { type CliMessages, fileErrorReason } from './messages.js';

/** `--out -`: standard output instead of a file. */
export const STANDARD_OUTPUT = '-';

/** The file operations {@link writeFileAtomic} needs (tests inject a full disk). */
export interface AtomicWriteFs {
  writeFile(path: string, data: string | Uint8Array, options: { flag: string; mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  lstat(path: string): Promise<{ isFile(): boolean; isSymbolicLink(): boolean }>;
}

/** The error an output path that is not a regular file gets: a device, a FIFO, a socket, a directory. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
}

/**
 * Throws {@link NotRegularFileError} unless `path` is absent, a regular file or a symbolic link (the link itself is
 * replaced, never what it points to). A rename over a device node or a FIFO would replace it with a file: with
 * `--out /dev/null` run as root, the machine's /dev/null.
 */
async function assertReplaceable(path: string, fileSystem: AtomicWriteFs): Promise<void> {
  let entry: { isFile(): boolean; isSymbolicLink(): boolean };
  try {
    entry = await fileSystem.lstat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return;
    throw error;
  }
  if (!entry.isFile() && !entry.isSymbolicLink()) throw new NotRegularFileError(`${path} is not a regular file`);
}

/**
 * Writes `data` to a temporary file beside `path`, then renames it over `path`: readers see the old file or the
 * whole new one, and a failure (a full disk, a directory in the way, a killed process before the rename) leaves
 * no partial output — the temporary file is removed. Only a regular file (or a link) is ever replaced: the check
 * runs before writing and again just before the rename.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fileSystem: AtomicWriteFs = fs,
): Promise<void> {
  await assertReplaceable(path, fileSystem);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fileSystem.writeFile(temporary, data, { flag: 'wx', mode: 0o644 });
    await assertReplaceable(path, fileSystem);
    await fileSystem.rename(temporary, path);
  } catch (error) {
    await fileSystem.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * A command's output: `-` is standard output (text through the terminal filter, bytes as they are, but never
 * bytes to a terminal), anything else a regular file written atomically. Returns the one-line message saying why
 * it could not be written, or `undefined`. Every output format of `fleur render` and `fleur schema` comes here.
 */
export async function writeOutput(
  io: CommandIO,
  target: string,
  data: string | Uint8Array,
  messages: CliMessages,
): Promise<string | undefined> {
  if (target === STANDARD_OUTPUT) {
    if (typeof data === 'string') io.stdout(data);
    else if (io.stdoutIsTerminal) return messages.binaryToTerminal;
    else io.stdoutBytes(data);
    return undefined;
  }
  try {
    await io.writeFile(target, data);
    return undefined;
  } catch (error) {
    return messages.cannotWrite(target, fileErrorReason(error, messages));
  }
}
