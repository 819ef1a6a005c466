import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Makes SVG text stable and reviewable (Observable Plot's snapshot harness): numbers rounded to 2 decimals, one
 * element per line. Layout is deterministic, so a difference is a real change in the picture.
 */
export function normalizeSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100))
    .replace(/>\s*</g, '>\n<')
    .replace(/[ \t]+\n/g, '\n')
    .trim()
    .concat('\n');
}

/**
 * Compares `svg` with the committed `expected` file. On mismatch writes `<name>-changed.svg` beside it for review
 * (open both in a browser) and fails; with UPDATE_SNAPSHOTS=1 (or when the file is new) writes the file instead.
 */
export function expectSvgSnapshot(svg: string, expectedPath: string): void {
  const actual = normalizeSvg(svg);
  const changedPath = expectedPath.replace(/\.svg$/, '-changed.svg');
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(expectedPath)) {
    if (process.env.CI === 'true' && !existsSync(expectedPath)) throw new Error(`missing snapshot ${expectedPath}`);
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual);
    rmSync(changedPath, { force: true });
    return;
  }
  const expected = readFileSync(expectedPath, 'utf8');
  if (actual === expected) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect(actual, `picture changed: compare ${changedPath} with ${expectedPath}`).toBe(expected);
}

/** Like {@link expectSvgSnapshot} for plain text (a layout listing): `<name>-changed.txt` beside it on mismatch. */
export function expectTextSnapshot(text: string, expectedPath: string): void {
  const changedPath = expectedPath.replace(/\.txt$/, '-changed.txt');
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(expectedPath)) {
    if (process.env.CI === 'true' && !existsSync(expectedPath)) throw new Error(`missing snapshot ${expectedPath}`);
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, text);
    rmSync(changedPath, { force: true });
    return;
  }
  const expected = readFileSync(expectedPath, 'utf8');
  if (text === expected) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, text);
  expect(text, `layout changed: compare ${changedPath} with ${expectedPath}`).toBe(expected);
}
