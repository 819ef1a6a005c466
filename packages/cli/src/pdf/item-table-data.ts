import type { ReadingContext } from 'fleur-pleine-sante/static.js';
import type { ItemTable } from './item-table.js';

/**
 * The element's table of items as data, in the reader's language: by petal (with its item count), then factor, an
 * item under each factor it acts on; its title in full, its kind and audiences.
 */
export function itemTable(context: ReadingContext): ItemTable {
  const { catalogue, index, messages, text } = context;
  return {
    caption: messages.tableCaption(text(catalogue.title)).replace(/[\u2066-\u2069]/g, ''),
    headings: [messages.tableFactor, messages.tableItem, messages.kind, messages.audiences],
    groups: catalogue.petals.map((petal) => ({
      heading: `${text(petal.label)} — ${messages.petalItemCount(index.petalItemCounts.get(petal.id) ?? 0)}`,
      rows: catalogue.factors
        .filter((factor) => factor.petal === petal.id)
        .flatMap((factor) =>
          catalogue.items
            .filter((item) => item.factors.includes(factor.id))
            .map(
              (item) =>
                [
                  text(factor.label),
                  text(item.title),
                  text(index.kinds.get(item.kind)?.label),
                  item.audiences.map((id) => text(index.audiences.get(id)?.label)).join(', '),
                ] as const,
            ),
        ),
    })),
  };
}
