import * as flower from 'fleur-pleine-sante';
import { PETAL_SIZES, THEMES, VIEWS } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';
import { controlsWithoutOptions } from '../../stories/helpers/control-options.js';
import { declarationOf, eventArgName, eventClassName } from '../../stories/helpers/manifest.js';
import { literalUnion, manifestArgTypes } from '../../stories/helpers/manifest-arg-types.js';

const TAG = 'fleur-pleine-sante';
const argTypes = manifestArgTypes(TAG);
const declaration = declarationOf(TAG);

describe('the docs page of <fleur-pleine-sante> (args table and controls)', () => {
  it('gives every select or radio control its options', () => {
    expect(controlsWithoutOptions(argTypes)).toEqual([]);
  });

  it('offers the keywords each keyword attribute accepts', () => {
    expect(argTypes.theme?.options).toEqual([...THEMES]);
    expect(argTypes.view?.options).toEqual([...VIEWS]);
    expect(argTypes['petal-size']?.options).toEqual([...PETAL_SIZES]);
    expect(argTypes.theme?.table?.type?.summary).toBe(`'light' | 'dark' | 'auto'`);
  });

  it('lists every public method with its signature', () => {
    expect(argTypes['method:toSVG']?.table?.type?.summary).toBe('toSVG() => Promise<string | undefined>');
    expect(argTypes['method:toPNG']?.table?.type?.summary).toMatch(
      /^toPNG\(scale(: number)? = 2\) => Promise<Blob \| undefined>$/,
    );
    expect(argTypes['method:toSVG']?.table?.category).toBe('methods');
  });

  it('types every event by the exported class dispatched under that name (or its detail)', () => {
    const events = (declaration.events ?? []).flatMap((event) => (event.name ? [{ ...event, name: event.name }] : []));
    expect(events.map((event) => event.name)).toEqual(['fleur-select', 'fleur-filter', 'fleur-zoom', 'fleur-error']);
    for (const event of events) {
      const className = eventClassName(event.name);
      const summary = argTypes[eventArgName(event.name)]?.table?.type?.summary;
      // The manifest types each event by its detail's shape (what `@wc-toolkit` and web-types show), else its class.
      const detailShape = event.type?.text;
      if (detailShape) expect(summary, event.name).toContain(detailShape);
      else expect(summary, event.name).toMatch(new RegExp(`\\b${className.replace(/Event$/, '')}(Event|Detail)\\b`));
      const EventClass = (flower as unknown as Record<string, new (detail: unknown) => Event>)[className];
      expect(EventClass, `${className} is exported by fleur-pleine-sante`).toBeTypeOf('function');
      expect(EventClass && new EventClass({}).type).toBe(event.name);
    }
  });

  it('keeps private members out of the table', () => {
    expect(Object.keys(argTypes)).not.toContain('roving');
    expect(Object.keys(argTypes)).not.toContain('method:updateLayout');
  });
});

describe('controlsWithoutOptions(argTypes)', () => {
  it('names a select whose options sit inside `control`, where Storybook does not read them', () => {
    const nested = { theme: { control: { type: 'select', options: ['light'] } } } as never;
    expect(controlsWithoutOptions(nested)).toEqual(['theme']);
  });

  it('accepts options on the arg type, and controls that need none', () => {
    const fine = { view: { control: 'inline-radio', options: ['flower', 'table'] }, query: { control: 'text' } };
    expect(controlsWithoutOptions(fine as never)).toEqual([]);
  });
});

describe('literalUnion(type)', () => {
  it("reads the manifest's literal unions", () => {
    expect(literalUnion(`'light' | 'dark' | 'auto'`)).toEqual(['light', 'dark', 'auto']);
    expect(literalUnion(`"flower" | "table" | undefined`)).toEqual(['flower', 'table']);
    expect(literalUnion('string | undefined')).toBeUndefined();
  });
});
