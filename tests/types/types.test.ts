import { describe, expect, it } from 'vitest';
import { react18TypeErrors, typeErrors } from '../helpers/type-errors.js';

// Three programs, each seeing only the entries its users import: the class-only entry, the side-effect entry without
// the opt-in JSX types, and the JSX entries with the React wrapper.
const classOnly = ['catalogue-json.ts', 'query-selector.ts', 'events.ts'];
const sideEffectOnly = ['side-effect-entry.ts', 'react-jsx-without-entry.tsx'];
const withJsx = ['react-jsx.tsx', 'preact-jsx.tsx', 'react-wrapper.tsx'];
const withReact18 = ['react-18-jsx.tsx'];

let checked: Map<string, string[]> | undefined;
/** Each fixture's type errors (the programs are checked once, on first use). */
function errorsOf(fixture: string): string[] | undefined {
  checked ??= new Map([
    ...typeErrors(...classOnly),
    ...typeErrors(...sideEffectOnly),
    ...typeErrors(...withJsx),
    ...react18TypeErrors(...withReact18),
  ]);
  return checked.get(fixture);
}

describe('types for TypeScript users (tsc on tests/types/fixtures)', () => {
  it('a catalogue imported from a .json file is accepted by the catalogue property without a cast', () => {
    expect(errorsOf('catalogue-json.ts')).toEqual([]);
  }, 60_000);

  it('importing fleur-pleine-sante types querySelector and createElement of <fleur-pleine-sante>', () => {
    expect(errorsOf('query-selector.ts')).toEqual([]);
  }, 60_000);

  it('importing only the side-effect entry fleur-pleine-sante/fleur-pleine-sante.js types querySelector too', () => {
    expect(errorsOf('side-effect-entry.ts')).toEqual([]);
  }, 60_000);

  it('addEventListener types each event of the element with its detail', () => {
    expect(errorsOf('events.ts')).toEqual([]);
  }, 60_000);

  it('the bare tag is unknown to React JSX without the opt-in entry', () => {
    expect(errorsOf('react-jsx-without-entry.tsx')).toEqual([
      "tests/types/fixtures/react-jsx-without-entry.tsx(4,27): TS2339 Property 'fleur-pleine-sante' does not exist on type 'JSX.IntrinsicElements'.",
    ]);
  }, 60_000);

  it('fleur-pleine-sante/jsx types the bare tag in React 19 JSX: properties, events, and wrong values rejected', () => {
    expect(errorsOf('react-jsx.tsx')).toEqual([]);
  }, 60_000);

  it('fleur-pleine-sante/jsx under React 18 types attributes and refuses listeners and object props, naming the wrapper', () => {
    const errors = errorsOf('react-18-jsx.tsx') ?? [];
    expect(errors.map((error) => error.slice(0, error.indexOf(':')))).toEqual([
      'tests/types/fixtures/react-18-jsx.tsx(20,8)',
      'tests/types/fixtures/react-18-jsx.tsx(21,27)',
    ]);
    for (const error of errors)
      expect(error).toContain('never calls its listeners: use <FleurPleineSante> from fleur-pleine-sante-react');
  }, 60_000);

  it('fleur-pleine-sante/jsx-preact types the bare tag in Preact JSX', () => {
    expect(errorsOf('preact-jsx.tsx')).toEqual([]);
  }, 60_000);

  it('the React wrapper types its props and onFleur… events, and refuses what is not a prop', () => {
    expect(errorsOf('react-wrapper.tsx')).toEqual([]);
  }, 60_000);
});
