#!/usr/bin/env node
// `npm test`: build, package checks, size, typecheck, lint, format check, then every Vitest project (Node, Chromium,
// Storybook stories).
// Prints the plain closing line `tests: N passed, N failed` that CI reads, and fails on any failure or on no test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'out/vitest-results.json';
const steps = [
  // Manifest, package builds and the drop-in: the strict-CSP browser tests load the real drop-in, the package
  // checks and the example tests pack the built packages.
  ['build', 'node', ['packages/tools/build.mjs']],
  ['package checks (publint, attw on the packed tarballs)', 'npm', ['run', '--silent', 'check-packages']],
  ['drop-in size', 'node', ['packages/tools/size.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['biome', 'lint', '--error-on-warnings', '.']],
  ['format check', 'npx', ['biome', 'format', '.']],
];

function run(label, command, args) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${label}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  process.stdout.write(`${status === 0 ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return status === 0;
}

const failedSteps = steps.filter(([label, command, args]) => !run(label, command, args)).map(([label]) => label);

mkdirSync('out', { recursive: true });
rmSync(results, { force: true });
const vitestOk = run('vitest (node, browser, stories)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}`,
  ...process.argv.slice(2),
]);
if (!vitestOk) failedSteps.push('vitest');

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
}
if (passed + failed === 0) failedSteps.push('no test ran');
if (failedSteps.length > 0) process.stdout.write(`\nFailed: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 || failed > 0 ? 1 : 0;
