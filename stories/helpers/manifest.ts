import { THEMES, VIEWS } from '@fleur/flower';
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import manifestJson from '../../packages/flower/custom-elements.json';

/** The parts of the Custom Elements Manifest schema (v2) the stories read. */
interface Named {
  readonly name: string;
  readonly description?: string;
}
interface Typed extends Named {
  readonly type?: { readonly text: string };
  readonly default?: string;
}
interface Member extends Typed {
  readonly kind: 'field' | 'method';
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly attribute?: string;
}
interface Attribute extends Typed {
  readonly fieldName?: string;
}
/** The analyzer also records events it could not name (`dispatchEvent(new FleurSelectEvent(…))`): skipped. */
interface ManifestEvent {
  readonly name?: string;
  readonly description?: string;
}
interface Declaration extends Named {
  readonly tagName?: string;
  readonly members?: readonly Member[];
  readonly attributes?: readonly Attribute[];
  readonly events?: readonly ManifestEvent[];
  readonly slots?: readonly Named[];
  readonly cssProperties?: readonly Named[];
  readonly cssParts?: readonly Named[];
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

const manifest = manifestJson as unknown as Manifest;

/** The named events of a declaration. */
function eventNames(declaration: Declaration): string[] {
  return (declaration.events ?? []).flatMap((event) => (event.name ? [event.name] : []));
}

function findDeclaration(tagName: string): Declaration | undefined {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  return undefined;
}

/** The manifest's declaration of a custom element, by tag name. */
export function declarationOf(tagName: string): Declaration {
  const declaration = findDeclaration(tagName);
  if (!declaration) throw new Error(`<${tagName}> is not in custom-elements.json (run \`npm run manifest\`)`);
  return declaration;
}

/**
 * Keyword attributes whose manifest type is a named union: their options come from the same `as const` arrays the
 * element validates with, so a new keyword shows up in the control without touching the stories.
 */
const KEYWORD_TYPES: Readonly<Record<string, readonly string[]>> = { Theme: THEMES, View: VIEWS };

const isPublic = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.static;

/** `fleur-select` → `onFleurSelect`, the arg name Storybook gives an event's action. */
export function eventArgName(event: string): string {
  return `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_match, letter: string) => letter.toUpperCase())}`;
}

type ArgType = ArgTypes[string];

/** No control, and no "Setup controls" hint in the docs table either (that one shows for `control: false`). */
const NO_CONTROL: ArgType['control'] = { disable: true };

/** One row of the args table: what the manifest says, in Storybook's shape. */
function row(key: string, entry: Typed, category: string, control: ArgType['control'], description?: string): ArgType {
  const type = entry.type?.text;
  return {
    name: key,
    description: description ?? entry.description ?? '',
    control,
    ...(type ? { type: { name: 'other', value: type } } : {}),
    table: {
      category,
      ...(type ? { type: { summary: type } } : {}),
      ...(entry.default !== undefined ? { defaultValue: { summary: entry.default } } : {}),
    },
  };
}

function attributeControl(attribute: Attribute): ArgType['control'] {
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined/, '');
  const keywords = KEYWORD_TYPES[type];
  if (keywords) return { type: 'select', options: [...keywords] } as ArgType['control'];
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  return { type: 'text' };
}

function cssPropertyControl(property: Named): ArgType['control'] {
  // A pattern such as `--fleur-petal-<id>` documents a family of properties: nothing to set directly.
  if (property.name.includes('<')) return NO_CONTROL;
  const colour = /colou?r|background|surface|stroke/i.test(`${property.name} ${property.description ?? ''}`);
  return { type: colour ? 'color' : 'text' };
}

/**
 * The args table and controls of an element, read from the manifest (preview.ts installs this as
 * `parameters.docs.extractArgTypes`). Storybook's own reader keys every entry by its bare name, so the `petal`
 * attribute and the `petal` part overwrite each other, and it gives parts and events "object" controls; this one
 * keeps each category apart (parts are keyed `::part(name)`, events by their action arg `onFleurSelect`), gives
 * every public attribute and writable property its control, and leaves private members out.
 */
export function manifestArgTypes(tagName: string): ArgTypes {
  const declaration = findDeclaration(tagName);
  const argTypes: ArgTypes = {};
  if (!declaration) return argTypes;
  for (const attribute of declaration.attributes ?? []) {
    const field =
      attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    argTypes[attribute.name] = row(
      attribute.name,
      attribute,
      'attributes',
      attributeControl(attribute),
      `${attribute.description ?? ''}${field}`,
    );
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || !isPublic(member) || member.attribute === member.name) continue;
    if (member.attribute) {
      // Set through its attribute (listed above); documented here for script authors.
      const note = ` Attribute: \`${member.attribute}\`.`;
      argTypes[member.name] = row(member.name, member, 'properties', NO_CONTROL, `${member.description ?? ''}${note}`);
    } else
      argTypes[member.name] = row(member.name, member, 'properties', member.readonly ? NO_CONTROL : { type: 'object' });
  }
  for (const event of declaration.events ?? [])
    if (event.name)
      argTypes[eventArgName(event.name)] = {
        ...row(event.name, event as Named, 'events', NO_CONTROL),
        action: event.name,
      };
  for (const slot of declaration.slots ?? [])
    argTypes[`slot:${slot.name}`] = row(slot.name || '(default)', slot, 'slots', NO_CONTROL);
  for (const property of declaration.cssProperties ?? [])
    argTypes[property.name] = row(property.name, property, 'css custom properties', cssPropertyControl(property));
  for (const part of declaration.cssParts ?? [])
    argTypes[`::part(${part.name})`] = row(`::part(${part.name})`, part, 'css shadow parts', NO_CONTROL);
  return argTypes;
}

/** An `fn()`-style spy per event, named as Storybook names event actions (`onFleurSelect`). */
export function manifestEventArgs<T>(tagName: string, spy: () => T): Record<string, T> {
  return Object.fromEntries(eventNames(declarationOf(tagName)).map((event) => [eventArgName(event), spy()]));
}

/** The `--fleur-*` values among the args, for the story's wrapper (custom properties inherit into the element). */
export function cssPropertyArgs(args: Args): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/**
 * Applies args to the element as the manifest says: attributes for attribute-backed members (booleans present or
 * absent), properties for property-only members (`catalogue`), listeners for events (`onFleurSelect`). Only args
 * that changed are applied, so state the reader created (a selection, a zoom) survives an unrelated control edit.
 */
class ManifestArgsDirective extends Directive {
  private applied: Args = {};
  private args: Args = {};
  private listening = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('manifestArgs() is an element directive: put it inside the opening tag');
  }

  render(_tagName: string, _args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [tagName, args]: [string, Args]) {
    const element = part.element;
    const declaration = declarationOf(tagName);
    this.args = args;
    for (const attribute of declaration.attributes ?? []) {
      const value = args[attribute.name];
      if (Object.is(value, this.applied[attribute.name])) continue;
      if (attribute.type?.text === 'boolean') element.toggleAttribute(attribute.name, value === true);
      else if (value === undefined || value === null || value === '') element.removeAttribute(attribute.name);
      else element.setAttribute(attribute.name, String(value));
    }
    for (const member of declaration.members ?? []) {
      if (member.kind !== 'field' || member.attribute || !isPublic(member) || member.readonly) continue;
      const value = args[member.name];
      if (Object.is(value, this.applied[member.name])) continue;
      (element as unknown as Record<string, unknown>)[member.name] = value;
    }
    if (!this.listening) {
      this.listening = true;
      for (const event of eventNames(declaration)) {
        const name = eventArgName(event);
        element.addEventListener(event, (e) => {
          const handler = this.args[name];
          if (typeof handler === 'function') handler(e);
        });
      }
    }
    this.applied = { ...args };
    return nothing;
  }
}

/** `<fleur-pleine-sante ${manifestArgs('fleur-pleine-sante', args)}>`: see {@link ManifestArgsDirective}. */
export const manifestArgs = directive(ManifestArgsDirective);
