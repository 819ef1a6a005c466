// The TypeScript view of the flower's sources that the manifest plugins read types from: the analyzer keeps type
// annotations as written (`Theme`, `FleurSelectEvent`), TypeScript's checker knows what they stand for.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The package folder (`packages/flower/`), where manifest paths such as `src/define.ts` are rooted. */
export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));

/** A parsed tsconfig, relative to the package folder. */
export function readConfig(name) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${PACKAGE_DIR}${name}`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${name}`);
  return parsed;
}

let program;

/**
 * One program over the package's sources, built on first use. It uses the repository's tsconfig (workspace packages
 * resolve to their sources), so `Item` from `fleur-pleine-sante-catalogue` is known without a build.
 */
export function sourceProgram() {
  if (!program) {
    const build = readConfig('tsconfig.build.json');
    const { options } = readConfig('../../tsconfig.json');
    program = ts.createProgram(build.fileNames, { ...options, noEmit: true });
  }
  return { program, checker: program.getTypeChecker() };
}

/** The source file of a manifest module path (`src/elements/…/fleur-pleine-sante.ts`). */
export function sourceFileOf(modulePath) {
  const file = sourceProgram().program.getSourceFile(`${PACKAGE_DIR}${modulePath}`);
  if (!file) throw new Error(`${modulePath} is not in tsconfig.build.json`);
  return file;
}

/** The class declaration named `name` in a source file. */
export function classIn(file, name) {
  const found = file.statements.find((node) => ts.isClassDeclaration(node) && node.name?.text === name);
  if (!found) throw new Error(`no class ${name} in ${file.fileName}`);
  return found;
}

export { ts };
