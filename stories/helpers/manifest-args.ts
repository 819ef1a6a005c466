import type { Args } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import {
  type Attribute,
  type Declaration,
  declarationOf,
  eventArgName,
  eventNames,
  isPublic,
  type Member,
} from './manifest.js';

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
    for (const attribute of declaration.attributes ?? [])
      if (this.changed(attribute.name)) applyAttribute(element, attribute, args[attribute.name]);
    for (const member of declaration.members ?? [])
      if (isSettableProperty(member) && this.changed(member.name))
        (element as unknown as Record<string, unknown>)[member.name] = args[member.name];
    if (!this.listening) this.listen(element, declaration);
    this.applied = { ...args };
    return nothing;
  }

  /** Whether the arg `name` differs from what was last applied. */
  private changed(name: string): boolean {
    return !Object.is(this.args[name], this.applied[name]);
  }

  /** One listener per event, calling whatever handler the args hold when it fires. */
  private listen(element: Element, declaration: Declaration): void {
    this.listening = true;
    for (const event of eventNames(declaration)) {
      const name = eventArgName(event);
      element.addEventListener(event, (e) => {
        const handler = this.args[name];
        if (typeof handler === 'function') handler(e);
      });
    }
  }
}

/** An attribute as an arg sets it: a boolean is present or absent, an empty value removes it. */
function applyAttribute(element: Element, attribute: Attribute, value: unknown): void {
  if (attribute.type?.text === 'boolean') element.toggleAttribute(attribute.name, value === true);
  else if (value === undefined || value === null || value === '') element.removeAttribute(attribute.name);
  else element.setAttribute(attribute.name, String(value));
}

/** A public, writable property with no attribute (`catalogue`): set as a property. */
const isSettableProperty = (member: Member): boolean =>
  member.kind === 'field' && !member.attribute && isPublic(member) && !member.readonly;

/** `<fleur-pleine-sante ${manifestArgs('fleur-pleine-sante', args)}>`: see {@link ManifestArgsDirective}. */
export const manifestArgs = directive(ManifestArgsDirective);
