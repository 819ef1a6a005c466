import { type Catalogue, type LocalizedText, localized } from 'fleur-pleine-sante-catalogue';
import type { BadgeLayout, FlowerLayout } from '../geometry/index.js';
import type { DrawingMessages, Messages } from '../i18n/index.js';
import type { CatalogueIndex } from './lookup.js';

/**
 * What every part of one render reads its words from: built once per render by {@link textContext}. The first
 * flower's parts read the drawing's words; the parts loaded after it (`ReadingContext`) read them all.
 */
export interface TextContext<M extends DrawingMessages = DrawingMessages> {
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly lang: string;
  readonly messages: M;
  /** A catalogue text in the reader's language (else the catalogue's default). */
  readonly text: (value: LocalizedText | undefined) => string;
}

/** The render context of one render: the catalogue, its index, the language, the messages and `text`. */
export function textContext<M extends DrawingMessages>(
  catalogue: Catalogue,
  index: CatalogueIndex,
  lang: string,
  messages: M,
): TextContext<M> {
  return { catalogue, index, lang, messages, text: (value) => localized(value, lang, catalogue.defaultLocale) };
}

/** The render context of the parts loaded after the first flower: every word of the element. */
export type ReadingContext = TextContext<Messages>;

/** An item's title and its one-line description ("Offre · Sommeil, Habitat"), shared by marks and tooltips. */
export function itemText(
  context: TextContext,
  itemId: string,
  factorIds: readonly string[],
): { title: string; description: string } {
  const { index, messages, text } = context;
  const item = index.items.get(itemId);
  const factors = factorIds.map((id) => text(index.factors.get(id)?.label)).join(', ');
  return {
    title: text(item?.title),
    description: messages.itemDescription(text(index.kinds.get(item?.kind ?? '')?.label), factors),
  };
}

/** What a badge stands for, in words: its factor's name, or the names of the petals its items act on. */
export function badgeSubject(context: TextContext, badge: Pick<BadgeLayout, 'factorId' | 'petalIds'>): string {
  const { index, text } = context;
  return badge.factorId
    ? text(index.factors.get(badge.factorId)?.label)
    : badge.petalIds.map((id) => text(index.petals.get(id)?.label)).join(' + ');
}

/** What the tooltip of a navigation key (`item:<id>`, `badge:<id>`) shows and where it points, in drawing units. */
export function tooltipAnchor(
  layout: FlowerLayout,
  context: TextContext,
  key: string,
): { x: number; y: number; r: number; title: string; description: string } | undefined {
  const separator = key.indexOf(':');
  const [type, id] = [key.slice(0, separator), key.slice(separator + 1)];
  if (type === 'item') {
    const mark = layout.marks.find((candidate) => candidate.itemId === id);
    if (!mark || !context.index.items.has(id)) return undefined;
    return { x: mark.x, y: mark.y, r: mark.r, ...itemText(context, id, mark.factorIds) };
  }
  if (type === 'badge') {
    const badge = layout.badges.find((candidate) => candidate.id === id);
    if (!badge) return undefined;
    const factor = badge.factorId ? context.index.factors.get(badge.factorId) : undefined;
    const name = localized(factor?.label, context.lang, context.catalogue.defaultLocale);
    return {
      x: badge.x,
      y: badge.y,
      r: badge.r,
      title: context.messages.badgeLabel(badge.count, name),
      description: '',
    };
  }
  return undefined;
}
