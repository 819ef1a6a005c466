import { processIO } from '../../packages/cli/src/io.js';
import { main } from '../../packages/cli/src/main.js';

/** What one command line did: its exit code and everything it wrote to the terminal. */
export interface FleurRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `fleur …` in this process with the real file system, capturing stdout and stderr. */
export async function runFleur(...argv: string[]): Promise<FleurRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    ...processIO,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/**
 * Line and column (1-based) of the first `needle` in `text`, counted here by hand — an oracle independent of the
 * CLI's own line index.
 */
export function lineColumnOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
