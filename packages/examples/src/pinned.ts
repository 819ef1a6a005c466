import { readFileSync } from 'node:fs';

/** `name@version` at the version this repository is tested with (its root devDependencies). */
export function pinned(name: string): string {
  const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const version = root.devDependencies[name];
  if (!version) throw new Error(`${name} is not a devDependency of the repository`);
  return `${name}@${version}`;
}
