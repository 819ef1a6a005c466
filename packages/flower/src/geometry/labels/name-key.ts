import { type Font, LINE_HEIGHT, textWidth } from '../text-metrics.js';
import { nameLines } from './name-lines.js';

/** A rectangle in drawing coordinates: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An item to list in the key, in number order. */
export interface KeyRequest {
  itemId: string;
  number: number;
  text: string;
  /** The lines its name may take, when not the key's `maxLines`. */
  maxLines?: number;
}

/** One entry of the key, in drawing coordinates: its number right-aligned at `numberX`, its name from `textX`. */
export interface KeyEntry {
  itemId: string;
  number: number;
  text: string;
  lines: string[];
  truncated: boolean;
  /** The entry's box (number and name). */
  box: Rect;
  numberX: number;
  textX: number;
  /** Width of the widest line of the name. */
  textWidth: number;
}

/** The shape of a key: its columns and the lines an entry may take. */
export interface KeyShape {
  columns: number;
  columnWidth: number;
  maxLines: number;
}

/** Space between two columns of the key. */
export const KEY_COLUMN_GAP = 16;
/** Space between two entries of a column. */
const ENTRY_GAP = 3;
/** Space between an entry's number and its name. */
const NUMBER_GAP = 6;
/** Widths tried for the key's columns, widest first: never so narrow that a name shortened to one line loses its sense. */
export const KEY_COLUMN_WIDTHS = [260, 220, 190] as const;

/** The width the key's numbers take: the widest number (they are right-aligned in it). */
export function numberColumnWidth(count: number, font: Font): number {
  return textWidth(String(Math.max(1, count)), font);
}

/**
 * Lays out the numbered key in `rect`: entries in number order, down each column then on to the next, each number
 * right-aligned before its name, the name wrapped to the column (on up to `shape.maxLines` lines, then shortened at a
 * word). Returns the entries that fit, and whether they all did.
 */
export function layoutKey(
  requests: readonly KeyRequest[],
  rect: Rect,
  shape: KeyShape,
  font: Font,
): { entries: KeyEntry[]; complete: boolean } {
  const lineHeight = font.size * LINE_HEIGHT;
  const numberWidth = numberColumnWidth(requests.at(-1)?.number ?? 1, font);
  const textRoom = shape.columnWidth - numberWidth - NUMBER_GAP;
  const entries: KeyEntry[] = [];
  if (textRoom < 3 * font.size) return { entries, complete: requests.length === 0 };
  let column = 0;
  let y = rect.y;
  for (const request of requests) {
    // Entries read as a list: lines filled greedily, left-aligned.
    const set = nameLines(request.text, [], textRoom, request.maxLines ?? shape.maxLines, font);
    const height = set.lines.length * lineHeight;
    if (y + height > rect.y + rect.height + 1e-6 && y > rect.y) {
      column++;
      y = rect.y;
    }
    if (column >= shape.columns || y + height > rect.y + rect.height + 1e-6) return { entries, complete: false };
    const x = rect.x + column * (shape.columnWidth + KEY_COLUMN_GAP);
    entries.push({
      itemId: request.itemId,
      number: request.number,
      text: request.text,
      lines: set.lines,
      truncated: set.truncated,
      box: { x, y, width: numberWidth + NUMBER_GAP + set.width, height },
      numberX: x + numberWidth,
      textX: x + numberWidth + NUMBER_GAP,
      textWidth: set.width,
    });
    y += height + ENTRY_GAP;
  }
  return { entries, complete: true };
}

/** The widest a key column grows when the key has room to spare: longer lines are hard to follow back. */
const WIDEST_KEY_COLUMN = 360;

/** A key's entries as set, with the shape they were set in. */
export type SetKey = ReturnType<typeof layoutKey> & { shape: KeyShape };

/**
 * The key's entries in its place: as planned, on one line each if they must; in fewer, wider columns when they leave
 * planned columns empty (see {@link widened}); then names still shortened take a second line where the key has room
 * for it (see {@link lengthened}).
 */
export function setKey(requests: readonly KeyRequest[], rect: Rect, shape: KeyShape, font: Font): SetKey {
  let set: SetKey = { ...layoutKey(requests, rect, shape, font), shape };
  if (!set.complete) {
    const oneLine = { ...shape, maxLines: 1 };
    set = { ...layoutKey(requests, rect, oneLine, font), shape: oneLine };
  }
  return lengthened(requests, rect, widened(requests, rect, set, font), font);
}

const shortened = (entries: readonly KeyEntry[]) => entries.filter((entry) => entry.truncated).length;

/**
 * The plan sized the key for the marks a flower of its size could hold; when the flower drew fewer, their entries
 * leave columns empty: they are set again in just the columns they fill, widened across the key, so fewer names are
 * shortened.
 */
function widened(requests: readonly KeyRequest[], rect: Rect, set: SetKey, font: Font): SetKey {
  const columns = new Set(set.entries.map((entry) => entry.box.x)).size;
  const columnWidth = Math.min(WIDEST_KEY_COLUMN, (rect.width - (columns - 1) * KEY_COLUMN_GAP) / Math.max(1, columns));
  if (!set.complete || columns === 0 || columnWidth <= set.shape.columnWidth + 1) return set;
  for (const maxLines of [set.shape.maxLines, 1]) {
    const shape = { columns, columnWidth, maxLines };
    const wide = layoutKey(requests, rect, shape, font);
    if (wide.complete && shortened(wide.entries) < shortened(set.entries)) return { ...wide, shape };
  }
  return set;
}

/**
 * Names set on one line and shortened take a second line, in reading order, as long as the key still holds every
 * entry: the room under a column's last entry goes to whole names rather than staying blank. More lines only make
 * the key taller, so the most names that can have them are found by halves.
 */
function lengthened(requests: readonly KeyRequest[], rect: Rect, set: SetKey, font: Font): SetKey {
  const cut = set.entries.filter((entry) => entry.truncated).map((entry) => entry.itemId);
  if (!set.complete || set.shape.maxLines > 1 || cut.length === 0) return set;
  const granted = (count: number) => {
    const longer = new Set(cut.slice(0, count));
    const lines = requests.map((request) => (longer.has(request.itemId) ? { ...request, maxLines: 2 } : request));
    return { ...layoutKey(lines, rect, set.shape, font), shape: set.shape };
  };
  let best = set;
  let low = 0;
  let high = cut.length;
  while (low < high) {
    const count = Math.ceil((low + high) / 2);
    const tried = granted(count);
    if (tried.complete) {
      best = tried;
      low = count;
    } else high = count - 1;
  }
  return best;
}

/** Room for a name in a key column (after the number of the key's largest number). */
export function keyTextRoom(shape: KeyShape, count: number, font: Font): number {
  return shape.columnWidth - numberColumnWidth(count, font) - NUMBER_GAP;
}

/**
 * The lines each of `texts` takes in a key column of `shape` (as `layoutKey` sets them), longest first, and the
 * share of them that had to be shortened.
 */
export function keyLineCounts(
  texts: readonly string[],
  shape: KeyShape,
  font: Font,
): { lines: number[]; shortened: number } {
  const room = keyTextRoom(shape, texts.length, font);
  if (room < 3 * font.size) return { lines: texts.map(() => Number.POSITIVE_INFINITY), shortened: 1 };
  const set = texts.map((text) => nameLines(text, [], room, shape.maxLines, font));
  return {
    lines: set.map((entry) => entry.lines.length).sort((a, b) => b - a),
    shortened: set.filter((entry) => entry.truncated).length / Math.max(1, texts.length),
  };
}

/**
 * The height a key of entries taking `lineCounts` lines takes in `shape`'s columns, each column broken between
 * entries (`Infinity` when its columns are too narrow for names).
 */
export function keyHeight(lineCounts: readonly number[], shape: KeyShape, font: Font): number {
  if (lineCounts.length === 0) return 0;
  const lineHeight = font.size * LINE_HEIGHT;
  const heights = lineCounts.map((lines) => lines * lineHeight);
  if (!Number.isFinite(heights[0] ?? 0)) return Number.POSITIVE_INFINITY;
  const total = heights.reduce((sum, height) => sum + height + ENTRY_GAP, 0);
  // The shortest column height that splits the entries into `columns` runs.
  let low = Math.max(...heights);
  let high = total;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (columnsNeeded(heights, mid) <= shape.columns) high = mid;
    else low = mid;
  }
  return Math.ceil(high);
}

/**
 * How many entries a key of `shape` and `height` surely holds, whichever they are: entries taking `lineCounts`
 * lines, longest first, set until one does not fit.
 */
export function keyHolds(lineCounts: readonly number[], shape: KeyShape, height: number, font: Font): number {
  const lineHeight = font.size * LINE_HEIGHT;
  let held = 0;
  let column = 0;
  let y = 0;
  for (const lines of lineCounts) {
    const entry = lines * lineHeight;
    if (y > 0 && y + entry > height + 1e-6) {
      column++;
      y = 0;
    }
    if (column >= shape.columns || entry > height + 1e-6) break;
    y += entry + ENTRY_GAP;
    held++;
  }
  return held;
}

/** The lines a name takes in a key column, listing `count` names (the widest number narrows the names' room). */
export type KeyLineCount = (text: string, count: number) => number;

/**
 * Counts lines as {@link keyLineCounts} does, each name wrapped once per room: placement asks the same key about the
 * same names many times over while it searches how many marks the key lists.
 */
export function keyLineCounter(shape: KeyShape, font: Font): KeyLineCount {
  const known = new Map<string, number>();
  return (text, count) => {
    const room = keyTextRoom(shape, count, font);
    if (room < 3 * font.size) return Number.POSITIVE_INFINITY;
    const cacheKey = `${room}\u0000${text}`;
    let lines = known.get(cacheKey);
    if (lines === undefined) {
      lines = nameLines(text, [], room, shape.maxLines, font).lines.length;
      known.set(cacheKey, lines);
    }
    return lines;
  };
}

/**
 * Whether a key of `shape` in `rect` holds all of `texts`, whichever order they come in (see {@link keyHolds}), their
 * lines counted by `lineCount` (see {@link keyLineCounter}).
 */
export function keyLists(
  texts: readonly string[],
  key: { rect: Rect; shape: KeyShape },
  font: Font,
  lineCount: KeyLineCount,
): boolean {
  const lines = texts.map((text) => lineCount(text, texts.length)).sort((a, b) => b - a);
  return keyHolds(lines, key.shape, key.rect.height, font) >= texts.length;
}

/**
 * How a key of `shape` in `rect` takes the entries of `texts`: the height it leaves free under them (negative when
 * they overflow it), and whether it would take one more entry of one line.
 */
export function keyFill(
  texts: readonly string[],
  key: { rect: Rect; shape: KeyShape },
  font: Font,
): { spare: number; more: boolean } {
  const { lines } = keyLineCounts(texts, key.shape, font);
  return {
    spare: key.rect.height - keyHeight(lines, key.shape, font),
    more: keyHolds([...lines, 1], key.shape, key.rect.height, font) > lines.length,
  };
}

function columnsNeeded(heights: readonly number[], height: number): number {
  let columns = 1;
  let y = 0;
  for (const h of heights) {
    if (y > 0 && y + h > height) {
      columns++;
      y = 0;
    }
    y += h + ENTRY_GAP;
  }
  return columns;
}
