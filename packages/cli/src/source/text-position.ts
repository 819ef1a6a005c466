/** A place in a text file as editors show it: both 1-based; the column counts UTF-16 code units, as VS Code does. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Offsets of the first character of every line (after `\n`, `\r\n` or a lone `\r`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x0a || (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The line and column of `offset` (clamped to the text), found by binary search over {@link lineStarts}. */
export function positionAt(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: Math.max(0, offset - (starts[low] ?? 0)) + 1 };
}

/** The text of 1-based line `line`, without its line break. */
export function lineText(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? text.length;
  const end = starts[line] ?? text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, '');
}
