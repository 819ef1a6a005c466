import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
/** From the repository, where tsx maps the workspace packages to their sources (no build needed). */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the command as npm installs it: through a symlink named `fleur`. */
function fleur(...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'fleur-bin-'));
  const link = join(dir, 'fleur');
  symlinkSync(bin, link);
  const run = spawnSync(tsx, [link, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { dir, ...run };
}

describe('the fleur command, run through a symlink as npm installs it', () => {
  it('prints its usage for --help and exits 0', () => {
    const run = fleur('--help');
    expect(run.status).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/validate/);
  }, 30_000);

  it('rejects a broken catalogue with exit 1 and a message', () => {
    const { dir } = fleur('--help');
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"version": 1, "petals": []}');
    const run = fleur('validate', file, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(/invalid/);
    expect(`${run.stdout}${run.stderr}`).toMatch(/defaultLocale/);
  }, 30_000);
});
