import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserCommand } from 'vitest/node';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);

/**
 * `commands.fleurRender(args)`: runs the real CLI, `fleur render data/harmonie-mutuelle-2023.json --out page.svg
 * …args`, in Node and returns the SVG it wrote, so a browser test can compare the element's page with the CLI's.
 */
export const fleurRender: BrowserCommand<[args: string[]]> = async (_context, args) => {
  const dir = await mkdtemp(join(tmpdir(), 'fleur-render-'));
  try {
    const out = join(dir, 'page.svg');
    const tsx = new URL('node_modules/tsx/dist/cli.mjs', root).pathname;
    await run(
      process.execPath,
      [tsx, 'packages/cli/src/bin.ts', 'render', 'data/harmonie-mutuelle-2023.json', '--out', out, ...args],
      {
        cwd: root.pathname,
      },
    );
    return await readFile(out, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
