import manifestJson from '../../packages/flower/custom-elements.json';

/** The parts of the Custom Elements Manifest schema (v2) the stories read. */
export interface Named {
  readonly name: string;
  readonly description?: string;
}
export interface Typed extends Named {
  readonly type?: { readonly text: string };
  readonly default?: string;
}
export interface Parameter extends Typed {
  readonly optional?: boolean;
}
export interface Member extends Typed {
  readonly kind: 'field' | 'method';
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly attribute?: string;
  readonly parameters?: readonly Parameter[];
  readonly return?: { readonly type?: { readonly text: string } };
}
export interface Attribute extends Typed {
  readonly fieldName?: string;
}
/** The analyzer also records events it could not name (`dispatchEvent(new FleurSelectEvent(…))`): skipped. */
export interface ManifestEvent {
  readonly name?: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
}
export interface Declaration extends Named {
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
export function eventNames(declaration: Declaration): string[] {
  return (declaration.events ?? []).flatMap((event) => (event.name ? [event.name] : []));
}

/** The manifest's declaration of a custom element, by tag name, if it is there. */
export function findDeclaration(tagName: string): Declaration | undefined {
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

/** Public instance members: what a page's script may use. */
export const isPublic = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.static;

/** `fleur-select` → `onFleurSelect`, the arg name Storybook gives an event's action. */
export function eventArgName(event: string): string {
  return `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_match, letter: string) => letter.toUpperCase())}`;
}

/** The class the library dispatches an event as, by its naming rule: `fleur-select` → `FleurSelectEvent`. */
export function eventClassName(name: string): string {
  return `${eventArgName(name).slice(2)}Event`;
}

/** An event's type for the docs: the manifest's when the JSDoc gives one (`@fires {…}`), else its class. */
export function eventTypeText(event: ManifestEvent & { readonly name: string }): string {
  return event.type?.text ?? eventClassName(event.name);
}
