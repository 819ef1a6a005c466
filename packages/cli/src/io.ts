import { readFile, writeFile } from 'node:fs/promises';

/** What a command may do to the outside world; tests pass their own to capture output. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readText(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export const processIO: CommandIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data),
};

/** Exit codes: 0 success, 1 the input is invalid, 2 the command line is wrong. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
