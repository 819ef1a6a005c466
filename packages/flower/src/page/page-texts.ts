import type { ReadingContext } from '../model/item-text.js';
import type { PageTexts } from './page-layout.js';

/**
 * The words of a page in the reader's language: the catalogue's title, its source line, and the legend — each
 * petal with its item count, each kind, and what a hollow mark means.
 */
export function pageTexts(context: ReadingContext): PageTexts {
  const { catalogue, index, messages, text } = context;
  const source = catalogue.source ? text(catalogue.source).trim() : '';
  return {
    title: text(catalogue.title),
    source: source ? messages.sourceLine(source) : null,
    legend: [
      ...catalogue.petals.map((petal, colorIndex) => ({
        text: `${text(petal.label)} (${index.petalItemCounts.get(petal.id) ?? 0})`,
        symbol: { type: 'petal', colorIndex } as const,
      })),
      ...catalogue.kinds.map((kind, kindIndex) => ({
        text: text(kind.label),
        symbol: { type: 'kind', kindIndex } as const,
      })),
      { text: messages.crossingKey, symbol: { type: 'crossing' } as const },
    ],
  };
}
