import { execFileSync, execSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRanges, staleVersionedUrls, VERSIONED_FILES } from '../../packages/tools/versioned-urls.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Time for a version run on a busy two-core machine (seconds when it is quiet). */
const SLOW_MACHINE = 300_000;

describe('versioned URLs (npm CDN paths, the JSON Schema $id)', () => {
  it('each names its package current compatible range', () => {
    expect(packageRanges(root).get('fleur-pleine-sante')).toMatch(/^\d+(\.\d+)?$/);
    expect(staleVersionedUrls(root)).toEqual([]);
  });

  it('are found in the README, the guides, the schema $id and the CMS example (the files the release rewrites)', () => {
    const named = VERSIONED_FILES.filter((file) =>
      /fleur-pleine-sante(-catalogue)?@\d/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(named).toEqual(
      expect.arrayContaining([
        'README.md',
        'packages/flower/README.md',
        'packages/catalogue/src/json-schema.ts',
        'packages/examples/cms/index.html',
        'stories/docs/install-and-embed.mdx',
      ]),
    );
  });
});

describe('npm run release', () => {
  it('runs the whole test suite before publishing', () => {
    expect(rootPackage.scripts.release?.split('&&').map((step) => step.trim())).toEqual([
      'npm test',
      'changeset publish',
    ]);
  });
});

describe('npm run version-packages, on a copy of the repository with its pending changesets', () => {
  const copy = mkdtempSync(join(tmpdir(), 'fleur-version-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it(
    'bumps the versions and every versioned URL with them, the schema $id and the shipped schema included',
    () => {
      // The working tree as git sees it: tracked files and new ones not ignored.
      const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: root,
        encoding: 'utf8',
      }).split('\0');
      for (const file of files.filter((name) => name && existsSync(join(root, name)))) {
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        copyFileSync(join(root, file), join(copy, file));
      }
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
      // A pending minor change, as the repository has while 0.x: the next release is a new compatible range.
      writeFileSync(
        join(copy, '.changeset', 'test-minor.md'),
        "---\n'fleur-pleine-sante': minor\n'fleur-pleine-sante-catalogue': minor\n---\n\nA feature.\n",
      );
      const before = packageRanges(copy);
      // The script as the repository declares it, but the lockfile refresh (it asks the registry; nothing here reads it).
      const steps = rootPackage.scripts['version-packages']?.split('&&').map((step) => step.trim()) ?? [];
      expect(steps).toContain('tsx packages/tools/versioned-urls.ts');
      for (const step of steps.filter((command) => !command.startsWith('npm install --package-lock-only')))
        execSync(step, {
          cwd: copy,
          stdio: 'pipe',
          env: { ...process.env, PATH: `${join(copy, 'node_modules', '.bin')}:${process.env.PATH}` },
        });

      const after = packageRanges(copy);
      expect(after.get('fleur-pleine-sante')).not.toBe(before.get('fleur-pleine-sante'));
      expect(staleVersionedUrls(copy)).toEqual([]);
      const range = after.get('fleur-pleine-sante-catalogue');
      const id = `https://cdn.jsdelivr.net/npm/fleur-pleine-sante-catalogue@${range}/catalogue.schema.json`;
      for (const schema of ['packages/catalogue/catalogue.schema.json', 'data/catalogue.schema.json'])
        expect((JSON.parse(readFileSync(join(copy, schema), 'utf8')) as { $id: string }).$id).toBe(id);
      expect(readFileSync(join(copy, 'README.md'), 'utf8')).toContain(
        `fleur-pleine-sante@${after.get('fleur-pleine-sante')}/dist/fleur-pleine-sante.js`,
      );
    },
    SLOW_MACHINE,
  );
});
