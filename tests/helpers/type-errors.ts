import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The repository's compiler options (strict, `paths` to the package sources, `resolveJsonModule`, `react-jsx`). */
function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  return { ...config.options, noEmit: true };
}

const options = compilerOptions();
const base = ts.createCompilerHost(options);
// Each fixture is its own program (its global augmentations stay its own), but lib.dom.d.ts, React's types and the
// package sources are parsed once for all of them.
const parsed = new Map<string, ts.SourceFile | undefined>();
const host: ts.CompilerHost = {
  ...base,
  getSourceFile(fileName, languageVersion, onError, shouldCreate) {
    if (!parsed.has(fileName))
      parsed.set(fileName, base.getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return parsed.get(fileName);
  },
};

function format(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName.slice(root.length)}(${line + 1},${character + 1}): TS${diagnostic.code} ${message}`;
}

/**
 * Type-checks fixtures under `tests/types/fixtures/` together as one program, as `tsc --noEmit` would with the
 * repository's tsconfig.json, and returns each fixture's errors as `file(line,col): TSxxxx message` (none when it
 * compiles), by fixture name. Fixtures that must not see each other's global augmentations (an opt-in JSX entry)
 * go in separate calls. An unused `// @ts-expect-error` is an error too (TS2578): every expected error must happen.
 */
export function typeErrors(...fixtures: string[]): Map<string, string[]> {
  return typeErrorsWith(options, fixtures);
}

/**
 * {@link typeErrors} with React's types taken from @types/react 18 (the repository's devDependency alias
 * `@types/react-18`) instead of 19: what an app still on React 18 sees.
 */
export function react18TypeErrors(...fixtures: string[]): Map<string, string[]> {
  const types = `${root}node_modules/@types/react-18/`;
  return typeErrorsWith(
    { ...options, paths: { ...options.paths, react: [`${types}index.d.ts`], 'react/*': [`${types}*`] } },
    fixtures,
  );
}

function typeErrorsWith(options: ts.CompilerOptions, fixtures: string[]): Map<string, string[]> {
  const files = fixtures.map((fixture) => fileURLToPath(new URL(`../types/fixtures/${fixture}`, import.meta.url)));
  const program = ts.createProgram({ rootNames: files, options, host });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(format);
  return new Map(
    fixtures.map((fixture, index) => {
      const source = program.getSourceFile(files[index] ?? '');
      if (!source) throw new Error(`no fixture ${fixture}`);
      // The fixture's own errors: the package sources it imports are checked by the repository's typecheck.
      const own = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      return [fixture, [...global, ...own.map(format)]];
    }),
  );
}
