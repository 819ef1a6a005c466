import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ExampleProject } from './example-project.js';

const run = promisify(execFile);

/** `name@version` as the repository pins it (its root devDependencies): the app's tools are the ones tested here. */
export function pinned(name: string): string {
  const root = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const version = root.devDependencies[name];
  if (!version) throw new Error(`${name} is not a devDependency of the repository`);
  return `${name}@${version}`;
}

/** Installs an app's own tooling into the example project, at the repository's pinned versions. */
export async function installAppTools(project: ExampleProject, names: readonly string[]): Promise<void> {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...names.map(pinned)], {
    cwd: project.folder,
  });
}

/** Runs a tool installed in the project (`node_modules/.bin/<name>`) in `cwd`; rejects with its output on failure. */
export async function runTool(
  project: ExampleProject,
  name: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  try {
    const { stdout } = await run(join(project.folder, 'node_modules', '.bin', name), [...args], {
      cwd,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${name} ${args.join(' ')} failed in ${cwd}:\n${stdout}${stderr}`);
  }
}

/** Like {@link runTool}, for a checker expected to fail: its output (and whether it succeeded). */
export async function checkerOutput(
  project: ExampleProject,
  name: string,
  args: readonly string[],
  cwd: string,
): Promise<{ ok: boolean; output: string }> {
  try {
    return { ok: true, output: await runTool(project, name, args, cwd) };
  } catch (error) {
    return { ok: false, output: (error as Error).message };
  }
}

/** Vite's production build, as an author's shell runs it (a test runner's NODE_ENV=test would give Lit's dev build). */
export async function viteBuild(project: ExampleProject, root: string, mode = 'production'): Promise<void> {
  await runTool(project, 'vite', ['build', '--logLevel', 'warn', '--mode', mode], root, {
    ...process.env,
    NODE_ENV: mode,
  });
}
