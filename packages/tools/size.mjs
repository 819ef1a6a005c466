#!/usr/bin/env node
// `npm run size`: the drop-in bundle's size, minified and gzip -9, against its 30 KB budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const file = 'dist/fleur-pleine-sante.js';
if (!existsSync(file)) {
  console.error(`${file} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${file}: ${kb(raw.length)} minified, ${kb(gzip)} gzip -9 (budget ${kb(BUDGET)}, ${((gzip / BUDGET) * 100).toFixed(0)} %)`,
);
if (gzip > BUDGET) {
  console.error(`Over budget by ${kb(gzip - BUDGET)}.`);
  process.exit(1);
}
