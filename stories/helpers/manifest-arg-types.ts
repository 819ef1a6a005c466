import { PETAL_SIZES, THEMES, VIEWS } from 'fleur-pleine-sante';
import type { ArgTypes } from '@storybook/web-components-vite';
import {
  type Attribute,
  type Declaration,
  eventArgName,
  eventTypeText,
  findDeclaration,
  isPublic,
  type ManifestEvent,
  type Member,
  type Named,
  type Typed,
} from './manifest.js';

type ArgType = ArgTypes[string];

/**
 * Keyword attributes whose manifest type is a named alias (`Theme`): their options come from the same `as const`
 * arrays the element validates with, so a new keyword shows up in the control without touching the stories.
 */
const KEYWORD_TYPES: Readonly<Record<string, readonly string[]>> = {
  Theme: THEMES,
  View: VIEWS,
  PetalSize: PETAL_SIZES,
};

/** Up to this many keywords show as radio buttons (all visible at once); more as a drop-down. */
const MAX_RADIO_OPTIONS = 4;

/** No control, and no "Setup controls" hint in the docs table either (that one shows for `control: false`). */
const NO_CONTROL: ArgType['control'] = { disable: true };

/** `'light' | 'dark' | 'auto'` → its strings; anything that is not a union of string literals → undefined. */
export function literalUnion(type: string): string[] | undefined {
  const members = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  const literal = /^(['"])(.*)\1$/;
  if (members.length < 2 || !members.every((member) => literal.test(member))) return undefined;
  return members.map((member) => member.slice(1, -1));
}

/** The keywords an attribute accepts, from a literal union or a known alias; undefined for free text. */
export function keywordsOf(type: string | undefined): readonly string[] | undefined {
  if (!type) return undefined;
  const bare = type.replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  return literalUnion(bare) ?? KEYWORD_TYPES[bare];
}

/** One row of the args table: what the manifest says, in Storybook's shape. */
function row(entry: Typed, category: string, control: ArgType['control'], description?: string): ArgType {
  const type = entry.type?.text;
  return {
    name: entry.name,
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

/**
 * An attribute's row. Keyword attributes get `options` on the arg type itself, beside `control: { type }`: Storybook
 * reads them only there (nested in `control`, they leave an empty "Select with no options").
 */
function attributeRow(attribute: Attribute): ArgType {
  const field =
    attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
  const description = `${attribute.description ?? ''}${field}`;
  const keywords = keywordsOf(attribute.type?.text);
  if (keywords) {
    const control = keywords.length <= MAX_RADIO_OPTIONS ? 'inline-radio' : 'select';
    const base = row(attribute, 'attributes', { type: control }, description);
    return {
      ...base,
      options: [...keywords],
      type: { name: 'enum', value: [...keywords] },
      // The values themselves, not an alias name (`Theme`) a page author cannot type.
      table: { ...base.table, type: { summary: keywords.map((keyword) => `'${keyword}'`).join(' | ') } },
    };
  }
  const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*(undefined|null)\b/g, '');
  const control: ArgType['control'] =
    type === 'boolean' ? { type: 'boolean' } : type === 'number' ? { type: 'number' } : { type: 'text' };
  return row(attribute, 'attributes', control, description);
}

function cssPropertyControl(property: Named): ArgType['control'] {
  // A pattern such as `--fleur-petal-<id>` documents a family of properties: nothing to set directly.
  if (property.name.includes('<')) return NO_CONTROL;
  const colour = /colou?r|background|surface|stroke/i.test(`${property.name} ${property.description ?? ''}`);
  return { type: colour ? 'color' : 'text' };
}

/** `toPNG(scale = 2) => Promise<Blob | undefined>`, from the manifest's parameters and return type. */
export function methodSignature(method: Member): string {
  const parameters = (method.parameters ?? []).map(
    (parameter) =>
      `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}` +
      `${parameter.default !== undefined ? ` = ${parameter.default}` : ''}`,
  );
  return `${method.name}(${parameters.join(', ')}) => ${method.return?.type?.text ?? 'void'}`;
}

function fieldRow(member: Member): ArgType {
  if (member.attribute) {
    // Set through its attribute (listed above); documented here for script authors.
    const note = ` Attribute: \`${member.attribute}\`.`;
    return row(member, 'properties', NO_CONTROL, `${member.description ?? ''}${note}`);
  }
  return row(member, 'properties', member.readonly ? NO_CONTROL : { type: 'object' });
}

function methodRow(method: Member): ArgType {
  const signature = methodSignature(method);
  return {
    name: `${method.name}()`,
    description: method.description ?? '',
    control: NO_CONTROL,
    table: { category: 'methods', type: { summary: signature } },
  };
}

function eventRow(event: ManifestEvent & { readonly name: string }): ArgType {
  const type = eventTypeText(event);
  return {
    name: event.name,
    description: `${event.description ?? ''} Listen with \`addEventListener('${event.name}', …)\` (bubbles, composed).`,
    control: NO_CONTROL,
    action: event.name,
    type: { name: 'other', value: type },
    table: { category: 'events', type: { summary: type } },
  };
}

/**
 * The args table and controls of an element, read from the manifest (preview.ts installs this as
 * `parameters.docs.extractArgTypes`). Storybook's own reader keys every entry by its bare name, so the `petal`
 * attribute and the `petal` part overwrite each other, gives parts and events "object" controls and leaves methods
 * out; this one keeps each category apart (parts are keyed `::part(name)`, events by their action arg
 * `onFleurSelect`, methods `method:toSVG`), gives every public attribute and writable property its control, types
 * events by their class, and leaves private members out.
 */
export function manifestArgTypes(tagName: string): ArgTypes {
  const declaration = findDeclaration(tagName);
  return declaration ? declarationArgTypes(declaration) : {};
}

/** {@link manifestArgTypes} for a declaration already found. */
export function declarationArgTypes(declaration: Declaration): ArgTypes {
  return { ...memberArgTypes(declaration), ...styleArgTypes(declaration) };
}

/** Attributes, public properties and methods, events and slots: what the element does. */
function memberArgTypes(declaration: Declaration): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) argTypes[attribute.name] = attributeRow(attribute);
  for (const member of (declaration.members ?? []).filter(isPublic)) {
    if (member.kind === 'method') argTypes[`method:${member.name}`] = methodRow(member);
    else if (member.attribute !== member.name) argTypes[member.name] = fieldRow(member);
  }
  for (const event of declaration.events ?? [])
    if (event.name) argTypes[eventArgName(event.name)] = eventRow({ ...event, name: event.name });
  for (const slot of declaration.slots ?? [])
    argTypes[`slot:${slot.name}`] = row({ ...slot, name: slot.name || '(default)' }, 'slots', NO_CONTROL);
  return argTypes;
}

/** CSS custom properties and parts: how it is styled. */
function styleArgTypes(declaration: Declaration): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const property of declaration.cssProperties ?? [])
    argTypes[property.name] = row(property, 'css custom properties', cssPropertyControl(property));
  for (const part of declaration.cssParts ?? [])
    argTypes[`::part(${part.name})`] = row({ ...part, name: `::part(${part.name})` }, 'css shadow parts', NO_CONTROL);
  return argTypes;
}
