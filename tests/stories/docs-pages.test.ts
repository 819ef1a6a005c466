import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as flower from 'fleur-pleine-sante';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { catalogueJsonSchema, EDITOR_KEYWORDS } from 'fleur-pleine-sante-catalogue/json-schema.js';
import { describe, expect, it } from 'vitest';
import minimal from '../../stories/docs/minimal-catalogue.json';
import { declarationOf, eventClassName } from '../../stories/helpers/manifest.js';
import { THEME_TOKENS, TOKEN_PROPERTIES } from '../../packages/flower/src/render/theme.js';
import { packageRanges } from '../../packages/tools/versioned-urls.js';

const page = (name: string) => readFileSync(new URL(`../../stories/docs/${name}.mdx`, import.meta.url), 'utf8');
const declaration = declarationOf('fleur-pleine-sante');

describe('Guides / Theming', () => {
  const theming = page('theming');
  const cssProperties = (declaration.cssProperties ?? []).map((property) => property.name);
  const cssParts = (declaration.cssParts ?? []).map((part) => part.name);

  it('names every custom property of the manifest', () => {
    expect(cssProperties.length).toBeGreaterThan(10);
    const missing = cssProperties.filter((name) => !theming.includes(`\`${name}\``));
    expect(missing, 'documented in custom-elements.json but not on the page').toEqual([]);
  });

  it('names every shadow part of the manifest', () => {
    expect(cssParts.length).toBeGreaterThan(10);
    const missing = cssParts.filter((name) => !theming.includes(`\`::part(${name})\``));
    expect(missing, 'documented in custom-elements.json but not on the page').toEqual([]);
  });

  it('invents none: every --fleur-* property and ::part() it names is in the manifest', () => {
    // `--fleur-petal-<id>` is a family: the page shows it for the Harmonie petals' ids.
    const petalFamily = /^--fleur-petal-[A-Za-z0-9_-]+$/;
    const named = new Set(theming.match(/--fleur-[A-Za-z0-9_<>-]*[A-Za-z0-9_>]/g));
    const unknown = [...named].filter((name) => !cssProperties.includes(name) && !petalFamily.test(name));
    expect(unknown).toEqual([]);
    const parts = new Set([...theming.matchAll(/::part\(([a-z][a-z0-9-]*)\)/g)].map((match) => match[1]));
    expect([...parts].filter((name) => !cssParts.includes(name ?? ''))).toEqual([]);
  });

  it("gives each colour token the element's own light and dark defaults", () => {
    for (const [token, property] of Object.entries(TOKEN_PROPERTIES)) {
      const row = theming.split('\n').find((line) => line.includes(`<td>\`${property}\`</td>`));
      const { light, dark } = THEME_TOKENS;
      expect(row, property).toContain(`\`${light[token as keyof typeof light]}\``);
      expect(row, property).toContain(`\`${dark[token as keyof typeof dark]}\``);
    }
  });
});

describe('Guides / Catalogue format', () => {
  it('shows a minimal catalogue that the library accepts without a warning', () => {
    const result = parseCatalogue(minimal);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('whose example the JSON Schema it shows accepts too', () => {
    const validate = new Ajv2020({ allErrors: true }).addVocabulary(EDITOR_KEYWORDS).compile(catalogueJsonSchema());
    expect(validate(minimal) ? [] : validate.errors).toEqual([]);
  });

  it('documents every top-level field of the schema', () => {
    const catalogue = page('catalogue-format');
    const fields = Object.keys((catalogueJsonSchema() as { properties: Record<string, unknown> }).properties);
    expect(fields.filter((field) => !catalogue.includes(`<td>\`${field}\`</td>`))).toEqual([]);
  });
});

describe('Guides / Install and embed', () => {
  const install = page('install-and-embed');

  it('loads the drop-in from an npm CDN with one script tag', () => {
    const range = packageRanges(fileURLToPath(new URL('../../', import.meta.url))).get('fleur-pleine-sante');
    expect(install).toContain(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/fleur-pleine-sante@${range}/dist/fleur-pleine-sante.js"></script>`,
    );
  });

  it('documents every event of the manifest, with the class it is dispatched as', () => {
    const events = (declaration.events ?? []).flatMap((event) => (event.name ? [event.name] : []));
    expect(events.length).toBeGreaterThan(0);
    for (const name of events) {
      const row = install.split('\n').find((line) => line.includes(`<tr><td>\`${name}\`</td>`));
      expect(row, name).toContain(`<td>\`${eventClassName(name)}\`</td>`);
      expect(flower, `fleur-pleine-sante exports ${eventClassName(name)}`).toHaveProperty(eventClassName(name));
    }
  });
});
