import { type Catalogue, localized } from '@fleur/catalogue';
import { nothing, type SVGTemplateResult, svg } from 'lit';
import type { BadgeLayout, FlowerLayout, MarkLayout, PetalLayout, TextLabel } from '../geometry/index.js';
import type { Messages } from '../i18n/index.js';
import { itemText } from '../model/item-text.js';
import type { CatalogueIndex } from '../model/lookup.js';
import { markSymbolName, markSymbolPath } from './mark-symbol.js';
import { petalColorClass } from './petal-colors.js';

/** Everything the drawing depends on. The same template renders in the element and, through SSR, in the CLI. */
export interface FlowerSvgView {
  readonly layout: FlowerLayout;
  readonly catalogue: Catalogue;
  readonly index: CatalogueIndex;
  readonly lang: string;
  readonly messages: Messages;
  /** Items passing the filters; the others are dimmed. All items when absent. */
  readonly matching?: ReadonlySet<string> | undefined;
  readonly selected?: string | undefined;
  /** Roving tabindex of each navigable node; absent for static output (no focusable nodes). */
  readonly tabIndexFor?: ((key: string) => number) | undefined;
  /** Id of the element describing the drawing (summary and keyboard help). */
  readonly describedBy?: string | undefined;
}

/** Keys of navigable nodes, shared with the keyboard model. */
export const navKey = {
  petal: (id: string) => `petal:${id}`,
  item: (id: string) => `item:${id}`,
  badge: (id: string) => `badge:${id}`,
};

const SMALLEST_HIT_RADIUS = 12;

/**
 * The petal group a mark or badge is read in: the first of its petals that is drawn (when zoomed, only the
 * zoomed petal is), so an item between two petals is listed once, under a petal the reader can see.
 */
export function ownerPetal(layout: FlowerLayout, petalIds: readonly string[], fallback?: string | null): string {
  const drawn = layout.petals.map((petal) => petal.id);
  return (
    petalIds.find((id) => drawn.includes(id)) ?? (fallback && drawn.includes(fallback) ? fallback : drawn[0]) ?? ''
  );
}

function renderLabel(label: TextLabel | null, className: string): SVGTemplateResult | typeof nothing {
  if (!label) return nothing;
  const { box } = label;
  const text = svg`<text class=${className} text-anchor=${label.textAnchor} font-size=${label.fontSize}
    >${label.lines.map((line) => svg`<tspan x=${line.x} y=${line.y} dominant-baseline="central">${line.text}</tspan>`)}</text>`;
  if (label.rotate === 0) return text;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return svg`<g transform=${`rotate(${label.rotate} ${cx} ${cy})`}>${text}</g>`;
}

function tabIndex(view: FlowerSvgView, key: string): number | typeof nothing {
  return view.tabIndexFor ? view.tabIndexFor(key) : nothing;
}

function renderMark(view: FlowerSvgView, mark: MarkLayout): SVGTemplateResult {
  const { catalogue, index } = view;
  const { title, description } = itemText(view, mark.itemId, mark.factorIds);
  const selected = view.selected === mark.itemId;
  const dimmed = view.matching !== undefined && !view.matching.has(mark.itemId);
  const petalPosition = index.petals.get(mark.petalIds[0] ?? '')
    ? catalogue.petals.findIndex((p) => p.id === mark.petalIds[0])
    : 0;
  const key = navKey.item(mark.itemId);
  const classes = [
    'mark',
    petalColorClass(Math.max(0, petalPosition)),
    `mark--${markSymbolName(mark.kindIndex)}`,
    mark.crossing ? 'mark--crossing' : '',
    selected ? 'mark--selected' : '',
    dimmed ? 'mark--dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return svg`<g class=${classes} part="item" data-id=${mark.itemId} data-nav=${key}
      transform=${`translate(${mark.x} ${mark.y})`}
      role=${view.tabIndexFor ? 'button' : 'img'} tabindex=${tabIndex(view, key)}
      aria-label=${title} aria-description=${description}
      aria-pressed=${view.tabIndexFor ? String(selected) : nothing}
      aria-disabled=${dimmed && view.tabIndexFor ? 'true' : nothing}>
    <circle class="mark__hit" r=${Math.max(SMALLEST_HIT_RADIUS, mark.r + 2)}></circle>
    <circle class="mark__ring" r=${mark.r + 4}></circle>
    <path class="mark__shape" d=${markSymbolPath(mark.kindIndex, mark.r)}></path>
  </g>`;
}

function renderBadge(view: FlowerSvgView, badge: BadgeLayout): SVGTemplateResult {
  const { catalogue, index, lang, messages } = view;
  const factorName = badge.factorId
    ? localized(index.factors.get(badge.factorId)?.label, lang, catalogue.defaultLocale)
    : badge.petalIds.map((id) => localized(index.petals.get(id)?.label, lang, catalogue.defaultLocale)).join(' + ');
  const petalId = badge.petalId ?? badge.petalIds[0] ?? '';
  const position = Math.max(
    0,
    catalogue.petals.findIndex((petal) => petal.id === petalId),
  );
  const key = navKey.badge(badge.id);
  const matching = view.matching ? badge.itemIds.filter((id) => view.matching?.has(id)).length : badge.count;
  const holdsSelection = view.selected !== undefined && badge.itemIds.includes(view.selected);
  return svg`<g class=${`badge ${petalColorClass(position)}${matching === 0 ? ' mark--dimmed' : ''}${holdsSelection ? ' mark--selected' : ''}`} part="badge"
      data-badge=${badge.id} data-item-ids=${badge.itemIds.join(' ')} data-nav=${key} data-zoom=${petalId}
      transform=${`translate(${badge.x} ${badge.y})`}
      role=${view.tabIndexFor ? 'button' : 'img'} tabindex=${tabIndex(view, key)}
      aria-label=${messages.badgeLabel(badge.count, factorName)}>
    <circle class="mark__hit" r=${Math.max(SMALLEST_HIT_RADIUS, badge.r + 2)}></circle>
    <circle class="mark__ring" r=${badge.r + 4}></circle>
    <circle class="badge__disc" r=${badge.r}></circle>
    <text class="badge__count" text-anchor="middle" dominant-baseline="central" font-size=${view.layout.fontSize}>${badge.count}</text>
  </g>`;
}

function renderPetal(
  view: FlowerSvgView,
  petal: PetalLayout,
  marks: readonly MarkLayout[],
  badges: readonly BadgeLayout[],
): SVGTemplateResult {
  const { messages, index } = view;
  const zoomed = view.layout.zoomedPetal === petal.id;
  const key = navKey.petal(petal.id);
  const count = index.petalItemCounts.get(petal.id) ?? 0;
  const action = zoomed ? messages.zoomed(petal.name) : messages.zoomInto(petal.name);
  return svg`<g class=${`petal ${petalColorClass(petal.index)}${zoomed ? ' petal--zoomed' : ''}`} part="petal"
      role="group" aria-label=${petal.name} data-petal=${petal.id}>
    <path class="petal__shape" d=${petal.path} data-nav=${key} data-zoom=${petal.id}
      role=${view.tabIndexFor ? 'button' : nothing} tabindex=${tabIndex(view, key)}
      aria-label=${view.tabIndexFor ? `${action} — ${messages.petalItemCount(count)}` : nothing}
      aria-pressed=${view.tabIndexFor ? String(zoomed) : nothing}></path>
    <g class="petal__factors" aria-hidden="true">
      ${petal.factors.map(
        (factor) => svg`<path class="factor__sector" part="factor" data-factor=${factor.id} d=${factor.path}></path>`,
      )}
      ${petal.factors.map((factor) => renderLabel(factor.label, 'label label--factor'))}
    </g>
    <g class="petal__label" aria-hidden="true" data-zoom=${petal.id}>
      ${petal.label ? svg`<rect class="label__hit" x=${petal.label.box.x} y=${petal.label.box.y} width=${petal.label.box.width} height=${petal.label.box.height}></rect>` : nothing}
      ${renderLabel(petal.label, 'label label--petal')}
    </g>
    ${badges.map((badge) => renderBadge(view, badge))}
    ${marks.map((mark) => renderMark(view, mark))}
  </g>`;
}

/**
 * The flower as an SVG template: petals (each a group named by its label, holding its marks and badges), factor
 * sectors and labels, the heart. Colours come from CSS classes (see `petalColorCss`), never style attributes.
 */
export function renderFlower(view: FlowerSvgView): SVGTemplateResult {
  const { layout, messages, catalogue, lang } = view;
  const title = localized(catalogue.title, lang, catalogue.defaultLocale);
  return svg`<svg class="flower" part="drawing" xmlns="http://www.w3.org/2000/svg"
      viewBox=${`0 0 ${layout.width} ${layout.height}`} width=${layout.width} height=${layout.height}
      role="group" aria-roledescription=${messages.flowerRole} aria-label=${messages.flowerLabel(title)}
      aria-describedby=${view.describedBy ?? nothing}>
    ${layout.petals.map((petal) =>
      renderPetal(
        view,
        petal,
        layout.marks.filter((mark) => ownerPetal(layout, mark.petalIds) === petal.id),
        layout.badges.filter((badge) => ownerPetal(layout, badge.petalIds, badge.petalId) === petal.id),
      ),
    )}
    <g class="heart" part="heart" aria-hidden="true">
      <circle class="heart__disc" cx=${layout.cx} cy=${layout.cy} r=${layout.heart.r}></circle>
      ${renderLabel(layout.heart.label, 'label heart__label')}
    </g>
  </svg>`;
}
