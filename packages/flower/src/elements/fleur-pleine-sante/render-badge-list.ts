import { html, nothing, type TemplateResult } from 'lit';
import type { BadgeLayout } from '../../geometry/index.js';
import { badgeSubject, type ReadingContext } from '../../model/item-text.js';

export interface BadgeListView extends ReadingContext {
  readonly badge: BadgeLayout;
  /** Items passing the filters (the others are listed, dimmed). */
  readonly matching: ReadonlySet<string>;
  readonly selected: string | undefined;
  readonly headingId: string;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
}

/** Up, Down, Home and End walk the list's buttons; Escape closes it (the element then focuses the badge again). */
function onListKeyDown(event: KeyboardEvent, onClose: () => void): void {
  const list = event.currentTarget as HTMLElement;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button[data-id]')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  const next: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 };
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    onClose();
    return;
  }
  if (!Object.hasOwn(next, event.key) || buttons.length === 0) return;
  // The list is inside the drawing's stage: its keys must not also move the drawing's focus.
  event.preventDefault();
  event.stopPropagation();
  const target = Math.max(0, Math.min(buttons.length - 1, next[event.key] ?? 0));
  buttons[target]?.focus();
}

/**
 * The list a count badge opens, in place under the drawing: every item it stands for as a button named by its
 * title and carrying `data-id`, so no item is ever reachable only as a number.
 */
export function renderBadgeList(view: BadgeListView): TemplateResult {
  const { badge, index, messages, text } = view;
  const where = badgeSubject(view, badge);
  return html`<section class="badge-list" part="badge-list" role="dialog" aria-labelledby=${view.headingId}
      data-badge=${badge.id} @keydown=${(event: KeyboardEvent) => onListKeyDown(event, view.onClose)}>
    <div class="badge-list__header">
      <h3 class="badge-list__title" id=${view.headingId}>${messages.badgeListTitle(badge.count, where)}</h3>
      <button type="button" class="chip" part="badge-list-close" aria-label=${messages.close}
        @click=${view.onClose}>×</button>
    </div>
    <ul class="badge-list__items">
      ${badge.itemIds.map((id) => {
        const item = index.items.get(id);
        if (!item) return nothing;
        const dimmed = !view.matching.has(id);
        return html`<li><button type="button" class=${`chip${dimmed ? ' badge-list__item--dimmed' : ''}`}
          part="badge-item" data-id=${id} aria-pressed=${String(view.selected === id)}
          @click=${() => view.onSelect(id)}><bdi>${text(item.title)}</bdi></button></li>`;
      })}
    </ul>
  </section>`;
}
