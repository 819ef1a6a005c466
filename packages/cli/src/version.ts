import { readFileSync } from 'node:fs';

/**
 * The CLI's version, read from its own package.json: one file up from both `src/` (run from the repository) and
 * `dist/` (installed), so `fleur --version` always says what npm installed.
 */
export function cliVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : '';
  return typeof version === 'string' ? version : '';
}
