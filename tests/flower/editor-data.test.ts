import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PETAL_SIZES, THEMES, VIEWS } from 'fleur-pleine-sante';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The editor data generated with the manifest by `npm run manifest` (which `npm test` runs first): VS Code custom
 * data, JetBrains web-types, and the manifest itself, as a user's editor or bundler reads them from the package.
 */
const flower = new URL('../../packages/flower/', import.meta.url);
function generated<T>(name: string): T {
  const file = new URL(name, flower);
  if (!existsSync(file)) throw new Error(`packages/flower/${name} is missing: run \`npm run manifest\``);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

interface VsCodeData {
  tags: { name: string; attributes: { name: string; values: { name: string }[] }[] }[];
}
interface WebTypes {
  name: string;
  contributions: {
    html: {
      elements: {
        name: string;
        source?: { module: string; symbol: string };
        attributes: { name: string; value: { type: string } }[];
        events: { name: string; type?: string }[];
      }[];
    };
  };
}
interface Manifest {
  modules: {
    path: string;
    declarations?: {
      tagName?: string;
      attributes?: { name: string; type?: { text: string } }[];
      events?: { name?: string; type?: { text: string } }[];
    }[];
    exports?: { declaration: { module?: string } }[];
  }[];
}

const TAG = 'fleur-pleine-sante';
const KEYWORD_ATTRIBUTES = { theme: THEMES, view: VIEWS, 'petal-size': PETAL_SIZES } as const;
const union = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ');
const pkg = JSON.parse(readFileSync(new URL('package.json', flower), 'utf8')) as {
  name: string;
  files: string[];
  'web-types'?: string;
};

function element() {
  const declaration = generated<Manifest>('custom-elements.json')
    .modules.flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === TAG);
  if (!declaration) throw new Error(`<${TAG}> is not in custom-elements.json`);
  return declaration;
}

/** What `tsc -p packages/flower/tsconfig.build.json` writes, as package-relative paths (`dist/define.js`). */
function builtFiles(): Set<string> {
  const configPath = fileURLToPath(new URL('tsconfig.build.json', flower));
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(String(diagnostic.messageText));
      },
    },
  );
  if (!config) throw new Error('cannot read tsconfig.build.json');
  const root = fileURLToPath(flower);
  return new Set(
    config.fileNames.flatMap((file) =>
      ts
        .getOutputFileNames(config, file, false)
        .filter((output) => output.endsWith('.js'))
        .map((output) => output.slice(root.length)),
    ),
  );
}

describe('custom-elements.json', () => {
  it('names the built modules a user imports (dist/*.js that tsc writes), not the TypeScript sources', () => {
    const manifest = generated<Manifest>('custom-elements.json');
    const built = builtFiles();
    expect(built.has('dist/define.js')).toBe(true);
    const paths = manifest.modules.map((module) => module.path);
    expect(paths).toContain('dist/define.js');
    expect(paths.filter((path) => !built.has(path))).toEqual([]);
    const references = manifest.modules
      .flatMap((module) => module.exports ?? [])
      .map((entry) => entry.declaration.module)
      .filter((module): module is string => module !== undefined && !module.startsWith('.'));
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((module) => !built.has(module))).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/"(?:\/?src\/[^"]*|[^"]*\.ts)"/);
  });

  it('types keyword attributes as their literal values, in the order of their `as const` lists', () => {
    const attributes = new Map(element().attributes?.map((attribute) => [attribute.name, attribute.type?.text]));
    for (const [name, values] of Object.entries(KEYWORD_ATTRIBUTES)) expect(attributes.get(name)).toBe(union(values));
  });

  it('types each event by its detail, field by field', () => {
    const events = new Map(element().events?.flatMap((event) => (event.name ? [[event.name, event.type?.text]] : [])));
    expect(events.get('fleur-select')).toBe('{ id: string | null; item: Item | null }');
    expect(events.get('fleur-zoom')).toBe('{ petal: string | null }');
    expect(events.get('fleur-error')).toBe(
      "{ issues: readonly Issue[]; source: 'property' | 'src' | 'inline' | 'render' }",
    );
    expect(events.get('fleur-filter')).toMatch(
      /^\{ .*kinds: readonly string\[\];.* query: string; matching: number; total: number \}$/,
    );
  });
});

describe('VS Code custom data (vscode.html-custom-data.json)', () => {
  it('describes <fleur-pleine-sante> with every attribute of the manifest and the values of keyword attributes', () => {
    const data = generated<VsCodeData>('vscode.html-custom-data.json');
    const tag = data.tags.find((candidate) => candidate.name === TAG);
    expect(tag).toBeDefined();
    const attributes = new Map(
      tag?.attributes.map((attribute) => [attribute.name, attribute.values.map((v) => v.name)]),
    );
    expect([...attributes.keys()]).toEqual(element().attributes?.map((attribute) => attribute.name));
    for (const [name, values] of Object.entries(KEYWORD_ATTRIBUTES)) expect(attributes.get(name)).toEqual(values);
  });

  it('is shipped in the flower package with its CSS twin', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['vscode.html-custom-data.json', 'vscode.css-custom-data.json']));
    const css = generated<{ properties: { name: string }[] }>('vscode.css-custom-data.json');
    expect(css.properties.map((property) => property.name)).toContain('--fleur-background');
  });
});

describe('JetBrains web-types (web-types.json)', () => {
  it('is found through the package.json `web-types` field and shipped', () => {
    expect(pkg['web-types']).toBe('./web-types.json');
    expect(pkg.files).toContain('web-types.json');
  });

  it('describes <fleur-pleine-sante>: its class, its attributes with their values, its typed events', () => {
    const webTypes = generated<WebTypes>('web-types.json');
    expect(webTypes.name).toBe(pkg.name);
    const tag = webTypes.contributions.html.elements.find((candidate) => candidate.name === TAG);
    expect(tag?.source).toEqual({ module: pkg.name, symbol: 'FleurPleineSante' });
    const attributes = new Map(tag?.attributes.map((attribute) => [attribute.name, attribute.value.type]));
    for (const [name, values] of Object.entries(KEYWORD_ATTRIBUTES)) expect(attributes.get(name)).toBe(union(values));
    expect(attributes.get('no-controls')).toBe('boolean');
    const events = new Map(tag?.events.map((event) => [event.name, event.type]));
    expect([...events.keys()]).toEqual(['fleur-select', 'fleur-filter', 'fleur-zoom', 'fleur-error']);
    expect(events.get('fleur-select')).toBe('{ id: string | null; item: Item | null }');
  });
});
