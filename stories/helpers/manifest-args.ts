import type { Args } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { declarationOf, eventArgName, eventNames, isPublic } from './manifest.js';

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
