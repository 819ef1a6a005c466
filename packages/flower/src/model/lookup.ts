import type { Catalogue, Factor, Item, Petal, VocabularyEntry } from 'fleur-pleine-sante-catalogue';

/** Id → entry maps for one catalogue, built once per catalogue so rendering never searches lists. */
export interface CatalogueIndex {
  readonly petals: ReadonlyMap<string, Petal>;
  readonly factors: ReadonlyMap<string, Factor>;
  readonly kinds: ReadonlyMap<string, VocabularyEntry>;
  readonly audiences: ReadonlyMap<string, VocabularyEntry>;
  readonly objectives: ReadonlyMap<string, VocabularyEntry>;
  readonly items: ReadonlyMap<string, Item>;
  /** Petal ids an item touches, in petal order. */
  readonly itemPetals: ReadonlyMap<string, readonly string[]>;
  /** Items per petal (an item on two petals counts for both). */
  readonly petalItemCounts: ReadonlyMap<string, number>;
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.id, entry]));

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const factors = byId(catalogue.factors);
  const petalOrder = catalogue.petals.map((petal) => petal.id);
  const itemPetals = new Map<string, string[]>();
  const petalItemCounts = new Map(petalOrder.map((id) => [id, 0]));
  for (const item of catalogue.items) {
    const petals = new Set(item.factors.map((factor) => factors.get(factor)?.petal).filter((id) => id !== undefined));
    const ordered = petalOrder.filter((id) => petals.has(id));
    itemPetals.set(item.id, ordered);
    for (const id of ordered) petalItemCounts.set(id, (petalItemCounts.get(id) ?? 0) + 1);
  }
  return {
    petals: byId(catalogue.petals),
    factors,
    kinds: byId(catalogue.kinds),
    audiences: byId(catalogue.audiences),
    objectives: byId(catalogue.objectives),
    items: byId(catalogue.items),
    itemPetals,
    petalItemCounts,
  };
}
