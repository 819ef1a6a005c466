// What the README documents for page authors, read from it so that the examples (and the tests opening them) follow
// the text a reader copies, not a copy of it that could drift. Pure string functions: the browser tests use them too.

/** The README's "full policy, as tested" (its CSP section), on one line. */
export function documentedPolicy(readme: string): string {
  const block = /The full policy, as tested:\s*```text\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md: no "The full policy, as tested:" block');
  return block
    .trim()
    .split(/\s*\n\s*/)
    .join(' ');
}

/**
 * The README's self-hosting copy step (`cp node_modules/fleur-pleine-sante/dist/fleur-*.js … public/assets/`): the
 * file names it copies from the package's `dist/` folder, as patterns (`fleur-*.js`, `fleur-*.js.map`).
 */
export function documentedCopyPatterns(readme: string): string[] {
  const command = /`cp ((?:node_modules\/fleur-pleine-sante\/dist\/\S+\s+)+)\S+`/.exec(readme)?.[1];
  if (!command) throw new Error('README.md: no `cp node_modules/fleur-pleine-sante/dist/… <folder>` step');
  return command
    .trim()
    .split(/\s+/)
    .map((source) => source.slice('node_modules/fleur-pleine-sante/dist/'.length));
}

/** A shell file pattern (`*` only) as a regular expression matching whole names. */
export function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
  return new RegExp(`^${escaped}$`);
}

/** The header the README's CORS note tells a catalogue's server to send (`Access-Control-Allow-Origin`). */
export function documentedCorsHeader(readme: string): string {
  const name = /answering with `(Access-Control-Allow-Origin): /.exec(readme)?.[1];
  if (!name) throw new Error('README.md: no CORS note naming Access-Control-Allow-Origin');
  return name.toLowerCase();
}
