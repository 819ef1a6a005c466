import { itemLabelText } from 'fleur-pleine-sante-catalogue';
import { html, type TemplateResult } from 'lit';
import type { FlowerLayout } from '../../geometry/index.js';
import type { ReadingContext } from '../../model/item-text.js';

/**
 * Names of a zoomed petal's items when the drawing has no room for them (phones): a list right under the drawing, in
 * the marks' reading order, each entry `part="item-label"` with `data-for` its item. Like the names in the drawing
 * it acts for the pointer (a tap selects) and is hidden from assistive technology: the marks are the named,
 * focusable elements.
 */
export function renderNameList(
  layout: FlowerLayout,
  context: ReadingContext,
  selected: string | undefined,
): TemplateResult {
  const { catalogue, index, lang } = context;
  const ids = [...layout.marks.map((mark) => mark.itemId), ...layout.badges.flatMap((badge) => badge.itemIds)];
  return html`<ol class="name-list" aria-hidden="true">
    ${ids.map((id) => {
      const item = index.items.get(id);
      const name = item ? itemLabelText(item, lang, catalogue.defaultLocale) : id;
      return html`<li class="name-list__entry" aria-current=${selected === id ? 'true' : 'false'}
        part="item-label" data-for=${id}><bdi>${name}</bdi></li>`;
    })}
  </ol>`;
}
