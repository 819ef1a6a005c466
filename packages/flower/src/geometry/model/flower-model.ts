import { type Catalogue, itemLabelText, localized } from 'fleur-pleine-sante-catalogue';
import type { NormalizedLayoutOptions } from '../options.js';
import { factorWeights } from '../sectors/shares.js';

/** Why an item of the catalogue is not on the drawing. */
export const HIDDEN_REASONS = ['filtered', 'zoom', 'no-factor'] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

export interface ModelFactor {
  id: string;
  /** Index within its petal. */
  index: number;
  petalIndex: number;
  label: string;
  weight: number;
}

export interface ModelPetal {
  id: string;
  /** Index in the catalogue's petals. */
  index: number;
  label: string;
  /** Drawn when `label` does not fit whole inside the petal. */
  shortLabel: string | undefined;
  factors: ModelFactor[];
  /** Sum of its factors' weights: how much room its sectors ask for. */
  weight: number;
  /** Items acting on it (for `petalSize: 'items'`). */
  itemCount: number;
}

export interface ModelItem {
  id: string;
  /** Position in the catalogue, the tie-breaker that keeps placement deterministic. */
  order: number;
  kindIndex: number;
  /** The name drawn next to its mark: its short title, else its title, in the layout's language. */
  label: string;
  /** Known factor ids, in the item's own order (its main factor first). */
  factorIds: string[];
  /** Indices of the petals of those factors, ascending. */
  petalIndices: number[];
}

/** The catalogue digested for layout: localised texts, petal membership, weights, and what is left out and why. */
export interface FlowerModel {
  petals: ModelPetal[];
  factors: Map<string, ModelFactor>;
  items: ModelItem[];
  hidden: { itemId: string; reason: HiddenReason }[];
}

/** Why an item is left off the drawing, or `null` when it is drawn. */
function hiddenReason(
  id: string,
  factorIds: readonly string[],
  petalIds: readonly (string | undefined)[],
  options: NormalizedLayoutOptions,
): HiddenReason | null {
  if (factorIds.length === 0) return 'no-factor';
  if (options.visibleItems && !options.visibleItems.has(id)) return 'filtered';
  if (options.petal !== null && !petalIds.includes(options.petal)) return 'zoom';
  return null;
}

/** Digests `catalogue` for layout. Unknown references are ignored here (the catalogue package reports them). */
export function flowerModel(catalogue: Catalogue, options: NormalizedLayoutOptions): FlowerModel {
  const text = (value: Parameters<typeof localized>[0]) => localized(value, options.locale, options.fallbackLocale);
  const weights = factorWeights(catalogue);
  const factors = new Map<string, ModelFactor>();
  const petals: ModelPetal[] = catalogue.petals.map((petal, index) => ({
    id: petal.id,
    index,
    label: text(petal.label),
    shortLabel: petal.shortLabel === undefined ? undefined : text(petal.shortLabel),
    factors: [],
    weight: 0,
    itemCount: 0,
  }));
  const petalById = new Map(petals.map((petal) => [petal.id, petal]));
  catalogue.factors.forEach((factor) => {
    const petal = petalById.get(factor.petal);
    if (!petal || factors.has(factor.id)) return;
    const model = {
      id: factor.id,
      index: petal.factors.length,
      petalIndex: petal.index,
      label: text(factor.label),
      weight: weights.get(factor.id) ?? 1,
    };
    petal.factors.push(model);
    petal.weight += model.weight;
    factors.set(factor.id, model);
  });
  const kindIndex = new Map(catalogue.kinds.map((kind, index) => [kind.id, index]));
  const items: ModelItem[] = [];
  const hidden: FlowerModel['hidden'] = [];
  const seen = new Set<string>();
  catalogue.items.forEach((item, order) => {
    if (seen.has(item.id)) return; // duplicate ids are a catalogue error; the first one wins
    seen.add(item.id);
    const factorIds = [...new Set(item.factors)].filter((id) => factors.has(id));
    const petalIndices = [...new Set(factorIds.map((id) => factors.get(id)?.petalIndex ?? 0))].sort((a, b) => a - b);
    const reason = hiddenReason(
      item.id,
      factorIds,
      petalIndices.map((i) => petals[i]?.id),
      options,
    );
    for (const i of petalIndices) if (petals[i]) petals[i].itemCount++;
    if (reason) hidden.push({ itemId: item.id, reason });
    else
      items.push({
        id: item.id,
        order,
        kindIndex: kindIndex.get(item.kind) ?? -1,
        label: itemLabelText(item, options.locale, options.fallbackLocale),
        factorIds,
        petalIndices,
      });
  });
  return { petals, factors, items, hidden };
}
