#!/usr/bin/env node
// `npm run size`: the drop-in bundle's size, minified and gzip -9, against its 30 KB budget, with the share of each
// part (read from the source map), so a change that grows the bundle shows where.
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

/** Groups a source path: a dependency by package name, our code by package and folder. */
function part(source) {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (dependency) return dependency[1];
  const ours = /packages\/([^/]+)\/src\/([^/]+)/.exec(source);
  return ours ? `@fleur/${ours[1]} ${ours[2].replace(/\.ts$/, '')}` : source;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    let digit = BASE64.indexOf(char);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) shift += 5;
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Minified code per part, attributed through the source map's mappings. */
function codeByPart() {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = raw.toString('utf8').split('\n');
  const texts = new Map();
  let source = 0;
  map.mappings.split(';').forEach((mapping, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    const segments = mapping.split(',').filter(Boolean).map(decodeSegment);
    let column = 0;
    segments.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      const next = i + 1 < segments.length ? column + segments[i + 1][0] : line.length;
      const name = part(map.sources[source] ?? '?');
      texts.set(name, (texts.get(name) ?? '') + line.slice(column, next));
    });
  });
  return texts;
}

console.log(
  `${file}: ${kb(raw.length)} minified, ${kb(gzip)} gzip -9 (budget ${kb(BUDGET)}, ${((gzip / BUDGET) * 100).toFixed(0)} %)`,
);
if (existsSync(`${file}.map`)) {
  console.log('\nparts (minified, and gzip -9 of the part alone, which overstates its share a little):');
  const rows = [...codeByPart()].map(([name, text]) => [name, text.length, gzipSync(text, { level: 9 }).length]);
  for (const [name, size, zipped] of rows.sort((a, b) => b[2] - a[2]))
    console.log(`  ${kb(size).padStart(9)} ${kb(zipped).padStart(8)}  ${name}`);
}
if (gzip > BUDGET) {
  console.error(`\nOver budget by ${kb(gzip - BUDGET)}.`);
  process.exit(1);
}
