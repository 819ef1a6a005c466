/** Defensive readers for unvalidated JSON, so semantic checks can run even where the schema failed. */
export type RawRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The entries of a top-level list with their index, keeping only objects. */
export function* records(list: unknown): Generator<[RawRecord, number]> {
  const array = asArray(list);
  for (let index = 0; index < array.length; index++) {
    const entry = array[index];
    if (isRecord(entry)) yield [entry, index];
  }
}
