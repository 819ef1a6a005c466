#!/usr/bin/env node
// `npm run build`: the drop-in bundle (dist/fleur-pleine-sante.js), ES module builds of every package with
// declarations, and custom-elements.json.
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
  run(`@fleur/${pkg}`, 'npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
run('drop-in bundle', 'npx', ['vite', 'build', '--config', 'packages/tools/vite.bundle.config.ts']);
