import * as fs from 'node:fs/promises';
import { writeFileAtomic } from './output.js';

/** What a command may do to the outside world; tests pass their own to capture output. */
export interface CommandIO {
  stdout(text: string): void;
  /** Bytes for standard output as they are (a PNG with `--out -`), never through the terminal filter. */
  stdoutBytes(data: Uint8Array): void;
  /** Whether standard output is a terminal: binary output is refused there. */
  readonly stdoutIsTerminal: boolean;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export const processIO: CommandIO = {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (data) => process.stdout.write(data),
  stdoutIsTerminal: process.stdout.isTTY === true,
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
