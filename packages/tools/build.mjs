#!/usr/bin/env node
// `npm run build`: custom-elements.json, ES module builds of every package with declarations (tsc), then the
// drop-in bundle beside the flower's tsc build (packages/flower/dist/fleur-pleine-sante.js and its lazy chunks
// fleur-*.js), so the published flower package carries the file a CMS page loads from an npm CDN.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function run(label, command, args, options = {}) {
  process.stdout.write(`▶ ${label}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (status !== 0) {
    process.stderr.write(`✘ ${label} failed\n`);
    process.exit(status ?? 1);
  }
}

// `dist` at the root: where the drop-in was written before it moved into the flower package.
for (const dir of [
  'dist',
  'packages/catalogue/dist',
  'packages/flower/dist',
  'packages/cli/dist',
  'packages/react/dist',
])
  rmSync(dir, { recursive: true, force: true });
run('manifest', 'npm', ['run', '--silent', 'manifest']);
for (const pkg of ['catalogue', 'flower', 'cli', 'react'])
  run(`packages/${pkg}`, 'npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
// After tsc: the bundle shares packages/flower/dist with it and does not empty the folder.
run('drop-in bundle', 'npx', ['vite', 'build', '--config', 'packages/tools/vite.bundle.config.ts']);
