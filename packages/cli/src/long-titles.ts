import { namePreview } from 'fleur-pleine-sante/static.js';
import { type Catalogue, createIssue, type Issue, type IssuePath } from 'fleur-pleine-sante-catalogue';

/** A title and where it is: `items[i].title`, or `items[i].title.<locale>` for one of its translations. */
function titleTexts(title: Catalogue['items'][number]['title'], path: IssuePath): [string, IssuePath][] {
  if (typeof title === 'string') return [[title, path]];
  return Object.entries(title).map(([locale, text]) => [text, [...path, locale]]);
}

/**
 * A warning (`long-title`) for each title, in each language, that the flower must shorten because its item has no
 * `shortTitle`: it names the item with what fits on three lines of its widest column, ending in an ellipsis. The
 * warning says what the flower shows instead, so a catalogue editor can write a `shortTitle` that reads better.
 */
export function longTitleWarnings(catalogue: Catalogue): Issue[] {
  const warnings: Issue[] = [];
  catalogue.items.forEach((item, index) => {
    if (item.shortTitle !== undefined) return;
    for (const [text, path] of titleTexts(item.title, ['items', index, 'title'])) {
      const preview = namePreview(text);
      if (preview.shortened)
        warnings.push(
          createIssue('long-title', path, { length: text.length, shown: preview.lines.join(' ') }, 'warning'),
        );
    }
  });
  return warnings;
}
