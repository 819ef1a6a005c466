// Every URL that names a released version of one of our packages (`fleur-pleine-sante@0.1/dist/…` on an npm CDN, the
// JSON Schema's `$id`) follows the package's own version, read from its package.json: that is the one place a
// release changes. `npm run version-packages` runs this after `changeset version` (then `npm run schema` rewrites the
// schema from the `$id` this updates); a test runs that script on a copy of the repository and checks the result.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files that name a package version in a URL, from the repository root. Changelogs and changesets are history. */
export const VERSIONED_FILES = [
  'README.md',
  'packages/flower/README.md',
  'packages/catalogue/src/json-schema.ts',
  'packages/examples/cms/index.html',
  'stories/docs/install-and-embed.mdx',
  'stories/docs/catalogue-format.mdx',
] as const;

/** The published packages whose versions URLs name. */
const PACKAGES = {
  'fleur-pleine-sante': 'packages/flower',
  'fleur-pleine-sante-catalogue': 'packages/catalogue',
  'fleur-pleine-sante-cli': 'packages/cli',
  'fleur-pleine-sante-react': 'packages/react',
} as const;

/** `name@range/` in a URL: the package's name, then its version range, then the path inside the package. */
const VERSIONED_URL = /\b(fleur-pleine-sante(?:-catalogue|-cli|-react)?)@(\d+(?:\.\d+){0,2})\//g;

/**
 * The range a URL names for a version: the compatible one (`0.1` for 0.1.x, `1` from 1.0.0), so a page keeps
 * getting fixes and a breaking release changes the URL.
 */
export function compatibleRange(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/** Each package's compatible range, from the package.json files under `root`. */
export function packageRanges(root: string): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(PACKAGES).map(([name, folder]) => {
      const { version } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { version: string };
      return [name, compatibleRange(version)];
    }),
  );
}

/** `text` with every versioned URL naming its package's current range. */
export function withCurrentRanges(text: string, ranges: ReadonlyMap<string, string>): string {
  return text.replace(VERSIONED_URL, (url, name: string) => `${name}@${ranges.get(name) ?? url}/`);
}

/** The versioned URLs under `root` that name another range than their package's: `file: name@range`. */
export function staleVersionedUrls(root: string): string[] {
  const ranges = packageRanges(root);
  const stale: string[] = [];
  for (const file of VERSIONED_FILES)
    for (const [, name, range] of readFileSync(join(root, file), 'utf8').matchAll(VERSIONED_URL))
      if (ranges.get(name ?? '') !== range) stale.push(`${file}: ${name}@${range}`);
  return stale;
}

/** Rewrites the versioned URLs of {@link VERSIONED_FILES} under `root`; returns the files changed. */
export function updateVersionedUrls(root: string): string[] {
  const ranges = packageRanges(root);
  return VERSIONED_FILES.filter((file) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const updated = withCurrentRanges(text, ranges);
    if (updated !== text) writeFileSync(path, updated);
    return updated !== text;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const file of updateVersionedUrls(fileURLToPath(new URL('../../', import.meta.url))))
    process.stdout.write(`${file}\n`);
