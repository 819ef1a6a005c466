import { readFileSync } from 'node:fs';
// @ts-expect-error The analyzer's programmatic entry and its Lit plugin ship no types.
import { create, ts } from '@custom-elements-manifest/analyzer/index.js';
// @ts-expect-error (as above)
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error The manifest plugins are plain ES modules run by the analyzer.
import { FRAMEWORKS_DIR, frameworkTypes } from '../../packages/flower/cem/framework-types.mjs';

const flower = new URL('../../packages/flower/', import.meta.url);

/** The element's manifest as the analyzer first builds it, before the repository's own plugins rewrite it. */
function sourceManifest(): unknown {
  const modules = ['src/elements/fleur-pleine-sante/fleur-pleine-sante.ts', 'src/define.ts'].map((path) =>
    ts.createSourceFile(path, readFileSync(new URL(path, flower), 'utf8'), ts.ScriptTarget.ES2015, true),
  );
  return create({ modules, plugins: litPlugin(), context: { dev: false } });
}

describe('framework types generated from the manifest', () => {
  it('the committed packages/flower/src/frameworks/*.ts are what `npm run manifest` generates from the element', () => {
    const generated = frameworkTypes(sourceManifest()) as Map<string, string>;
    expect([...generated.keys()].sort()).toEqual(['preact.ts', 'react.ts', 'svelte.ts', 'vue.ts']);
    for (const [name, text] of generated)
      expect(readFileSync(new URL(`${FRAMEWORKS_DIR}/${name}`, flower), 'utf8'), `${name} is stale`).toBe(text);
  });

  it('each framework gets every attribute and event of the element, typed by the element and its event classes', () => {
    const vue = (frameworkTypes(sourceManifest()) as Map<string, string>).get('vue.ts') ?? '';
    for (const prop of ['theme?:', 'petalSize?:', 'catalogue?:', 'onFleurSelect?: (event: FleurSelectEvent)'])
      expect(vue).toContain(prop);
    // Read-only getters are not props.
    expect(vue).not.toContain('currentCatalogue');
  });
});
