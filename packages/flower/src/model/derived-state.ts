import { type Catalogue, type Item, itemLabelText } from 'fleur-pleine-sante-catalogue';
import { idList, type View } from '../attributes.js';
import {
  type FlowerLayout,
  type ItemLabelLayout,
  layoutFlower,
  type layoutName,
  type PetalSize,
  type TextMeasurer,
} from '../geometry/index.js';
import { FILTER_LISTS, type Filters, filtersFrom, matchingItemIds } from './filters.js';
import { indexCatalogue } from './lookup.js';
import { memo } from './memo.js';
import type { NavNode } from './navigation.js';
import { navNodes } from './nav-nodes.js';

/**
 * The element's derived state, each value recomputed only when its inputs change (Lit's `willUpdate` intent): the
 * catalogue's index, the layout, the parsed filters, the items passing them, the keyboard's nodes and the selected
 * item's name. A hover, a focus move
 * or a selection costs nothing proportional to the catalogue. One per element.
 */
export class DerivedState {
  /** The catalogue's index (by id), once per catalogue. */
  readonly index = memo(indexCatalogue);

  /** The layout, once per catalogue, drawing size, language, zoomed petal, petal sizing and text measurer. */
  readonly layout = memo(
    (
      catalogue: Catalogue,
      width: number,
      height: number,
      maxHeight: number,
      locale: string,
      petal: string | null,
      petalSize: PetalSize,
      heartLabel: string,
      measureText: TextMeasurer | undefined,
    ): FlowerLayout =>
      layoutFlower(catalogue, { width, height, maxHeight, locale, petal, petalSize, heartLabel, measureText }),
  );

  /** The filters from their attribute values (one per entry of `FILTER_LISTS`, then the query). */
  readonly filters = memo((...values: (string | undefined)[]): Filters => {
    const lists = new Map(FILTER_LISTS.map(({ name }, i) => [name, idList(values[i])]));
    return filtersFrom((name) => lists.get(name) ?? [], values[FILTER_LISTS.length] ?? '');
  });

  readonly matching = memo(matchingItemIds);

  readonly nodes = memo(
    (layout: FlowerLayout | undefined, matching: ReadonlySet<string>, view: View): readonly NavNode[] =>
      layout && view === 'flower' ? navNodes(layout, matching) : [],
  );

  /** The selected item's name when the layout did not set it; `place` comes with the reading parts. */
  readonly selectedName = memo(
    (
      layout: FlowerLayout | undefined,
      item: Item | undefined,
      catalogue: Catalogue,
      lang: string,
      place: typeof layoutName | undefined,
    ): ItemLabelLayout | null =>
      item && layout && place ? place(layout, item.id, itemLabelText(item, lang, catalogue.defaultLocale)) : null,
  );
}
