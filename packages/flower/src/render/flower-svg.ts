import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type {
  BadgeLayout,
  FlowerLayout,
  ItemLabelLayout,
  ItemNumberLayout,
  KeyEntryLayout,
  MarkLayout,
  NameKeyLayout,
  PetalLayout,
  TextLabel,
  TextLine,
} from '../geometry/index.js';
import { NUMBER_FONT_SIZE } from '../geometry/frame/naming-plan.js';
import { badgeSubject, itemText, type TextContext } from '../model/item-text.js';
import { navKey } from '../model/nav-nodes.js';
import { markSymbolName, markSymbolPath } from './mark-symbol.js';
import { petalColorClass } from './petal-colors.js';

/** A digit's advance in bold, as a share of the font size (DejaVu Sans Bold: 0.72 em). */
const DIGIT_WIDTH = 0.72;
/** A count's characters (a "+" and bold digits) are about 0.64 em wide on average. */
const COUNT_CHAR_WIDTH = 0.64;

/** Everything the drawing depends on. The same template renders in the element and, through SSR, in the CLI. */
export interface FlowerSvgView extends TextContext {
  readonly layout: FlowerLayout;
  /** Items passing the filters; the others are dimmed. All items when absent. */
  readonly matching?: ReadonlySet<string> | undefined;
  readonly selected?: string | undefined;
  /** The item whose mark or name the reader points at or focuses: both are highlighted. */
  readonly hot?: string | undefined;
  /** Names given on request (the selected item's) besides the layout's own. */
  readonly extraLabels?: readonly ItemLabelLayout[] | undefined;
  /** The open badge (its list is shown by the element). */
  readonly openBadge?: string | undefined;
  /**
   * The offer-page spotlight: the selected item's factors, whose sectors are lit while everything but the selected
   * item is dimmed. Absent for the full, interactive picture.
   */
  readonly spotlight?: ReadonlySet<string> | undefined;
  /** Roving tabindex of each navigable node; absent for static output (no focusable nodes). */
  readonly tabIndexFor?: ((key: string) => number) | undefined;
  /** Id of the element describing the drawing (summary and keyboard help). */
  readonly describedBy?: string | undefined;
}

/**
 * A name's lines as `<tspan>`s whose text, read in order, is the name: the space between two lines goes where it
 * cannot move the text — at the end of a line set from its start, at the start of a line set from its end — and
 * none after a hyphen the line broke at.
 */
function nameLines(lines: readonly TextLine[], anchor: TextLabel['textAnchor']): SVGTemplateResult[] {
  const last = lines.length - 1;
  // No space where a line breaks a hyphenated word after its hyphen ("socio-" / "professionnelle").
  const joined = (i: number) => (lines[i]?.text.endsWith('-') ? '' : ' ');
  return lines.map((line, i) => {
    const text =
      anchor === 'end' ? `${i > 0 ? joined(i - 1) : ''}${line.text}` : `${line.text}${i < last ? joined(i) : ''}`;
    return svg`<tspan x=${line.x} y=${line.y} dominant-baseline="central">${text}</tspan>`;
  });
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
  const { title, description } = itemText(view, mark.itemId, mark.factorIds);
  const selected = view.selected === mark.itemId;
  const dimmed = view.matching !== undefined && !view.matching.has(mark.itemId);
  const key = navKey.item(mark.itemId);
  const classes = [
    'mark',
    petalColorClass(mark.colorIndex),
    `mark--${markSymbolName(mark.kindIndex)}`,
    mark.crossing ? 'mark--crossing' : '',
    selected ? 'mark--selected' : '',
    dimmed ? 'mark--dimmed' : '',
    view.hot === mark.itemId ? 'is-hot' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return svg`<g class=${classes} part="item" data-id=${mark.itemId} data-nav=${key}
      transform=${`translate(${mark.x} ${mark.y})`}
      role=${view.tabIndexFor ? 'button' : 'img'} tabindex=${tabIndex(view, key)}
      aria-label=${title} aria-description=${description}
      aria-pressed=${view.tabIndexFor ? String(selected) : nothing}
      aria-disabled=${dimmed && view.tabIndexFor ? 'true' : nothing}>
    <circle class="mark__hit" r=${mark.hitRadius}></circle>
    <circle class="mark__ring" r=${shapeRadius(mark) + 4}></circle>
    <path class="mark__shape" d=${markSymbolPath(mark.kindIndex, shapeRadius(mark))}></path>
  </g>`;
}

/**
 * The drawn radius of a mark: a mark carrying a number fills its target, so its digits sit inside it with a ring of
 * its colour around them (a number printed over a small shape would hide it).
 */
function shapeRadius(mark: MarkLayout): number {
  if (mark.number === null) return mark.r;
  // Every numbered mark the same size, as pins on a map: its target's size, or what its digits need.
  const digits = String(mark.number).length * DIGIT_WIDTH * NUMBER_FONT_SIZE;
  return Math.max(mark.r, mark.hitRadius - 1, digits / 2 + 4);
}

/** The leader from a mark to its name (drawn under the marks, inside the mark's petal group). */
function renderLeader(view: FlowerSvgView, label: ItemLabelLayout, colorIndex: number): SVGTemplateResult {
  const dimmed = view.matching !== undefined && !view.matching.has(label.itemId);
  const hot = view.hot === label.itemId || view.selected === label.itemId;
  return svg`<polyline class=${`leader ${petalColorClass(colorIndex)}${hot ? ' is-hot' : ''}${dimmed ? ' mark--dimmed' : ''}`}
    part="leader" data-for=${label.itemId} points=${label.leader.map((p) => `${p.x},${p.y}`).join(' ')}></polyline>`;
}

/** Classes an item's name, number or key entry takes from the reader's state. */
function itemStateClasses(view: FlowerSvgView, itemId: string): string {
  const dimmed = view.matching !== undefined && !view.matching.has(itemId);
  return [
    view.hot === itemId ? 'is-hot' : '',
    view.selected === itemId ? 'is-selected' : '',
    dimmed ? 'mark--dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The number on a mark whose name is in the key: `part="item-number"`, `data-for` its item, drawn over the mark (it
 * acts as the mark for the pointer, like the mark's name).
 */
function renderNumber(view: FlowerSvgView, number: ItemNumberLayout, colorIndex: number): SVGTemplateResult {
  return svg`<text class=${`item-number ${petalColorClass(colorIndex)} ${itemStateClasses(view, number.itemId)}`}
    part="item-number" data-for=${number.itemId} aria-hidden="true" x=${number.x} y=${number.y}
    text-anchor="middle" dominant-baseline="central" font-size=${number.fontSize}>${number.number}</text>`;
}

/**
 * One entry of the numbered key: its number (`part="item-number"`) and its name (`part="item-label"`), each with
 * `data-for` its item, over a target that acts as the mark for the pointer (hover highlights both, a click selects).
 */
function renderKeyEntry(view: FlowerSvgView, entry: KeyEntryLayout, colorIndex: number): SVGTemplateResult {
  const { box, label, numberLabel } = entry;
  return svg`<g class=${`key-entry ${petalColorClass(colorIndex)} ${itemStateClasses(view, entry.itemId)}`} data-for=${entry.itemId}>
    <rect class="item-label__hit" x=${box.x - 2} y=${box.y} width=${box.width + 4} height=${box.height}></rect>
    <text class="label key-entry__number" part="item-number" data-for=${entry.itemId} text-anchor="end"
      font-size=${numberLabel.fontSize}>${nameLines(numberLabel.lines, 'end')}</text>
    <text class="label label--item" part="item-label" data-for=${entry.itemId} text-anchor="start"
      font-size=${label.fontSize}>${nameLines(label.lines, 'start')}</text>
  </g>`;
}

/** The numbered key: the names of the numbered marks, in their numbers' order. Hidden from assistive technology: each mark is named itself. */
function renderKey(view: FlowerSvgView, key: NameKeyLayout, colorOf: (itemId: string) => number): SVGTemplateResult {
  return svg`<g class="name-key" part="key" aria-hidden="true">
    ${key.entries.map((entry) => renderKeyEntry(view, entry, colorOf(entry.itemId)))}
  </g>`;
}

/**
 * An item's name beside the flower: its own element, `part="item-label"`, `data-for` its item. It acts like its
 * mark for the pointer (hover highlights both, a click selects) but is hidden from assistive technology and takes no
 * tab stop: the mark is the item's one named, focusable element.
 */
function renderItemLabel(view: FlowerSvgView, label: ItemLabelLayout, colorIndex: number): SVGTemplateResult {
  const selected = view.selected === label.itemId ? ' item-label--selected' : '';
  const { box } = label;
  return svg`<g class=${`item-label ${petalColorClass(colorIndex)} ${itemStateClasses(view, label.itemId)}${selected}`}
      data-for=${label.itemId} aria-hidden="true">
    <rect class="item-label__hit" x=${box.x - 2} y=${box.y} width=${box.width + 4} height=${box.height}></rect>
    <text class="label label--item" part="item-label" data-for=${label.itemId} text-anchor=${label.textAnchor}
      font-size=${label.fontSize}>${nameLines(label.lines, label.textAnchor)}</text>
  </g>`;
}

/** The layout's names and those given on request, each once. */
function allLabels(view: FlowerSvgView): readonly ItemLabelLayout[] {
  const extra = view.extraLabels ?? [];
  if (extra.length === 0) return view.layout.labels;
  const own = new Set(view.layout.labels.map((label) => label.itemId));
  return [...view.layout.labels, ...extra.filter((label) => !own.has(label.itemId))];
}

function renderBadge(view: FlowerSvgView, badge: BadgeLayout): SVGTemplateResult {
  const { messages } = view;
  const factorName = badgeSubject(view, badge);
  const key = navKey.badge(badge.id);
  const matching = view.matching ? badge.itemIds.filter((id) => view.matching?.has(id)).length : badge.count;
  const holdsSelection = view.selected !== undefined && badge.itemIds.includes(view.selected);
  const open = view.openBadge === badge.id;
  const interactive = view.tabIndexFor !== undefined;
  // "+12": more items, never read as a numbered mark's "12"; smaller when it would overflow its disc, down to the
  // marks' numbers' size.
  const count = `+${badge.count}`;
  const fontSize = Math.max(
    NUMBER_FONT_SIZE,
    Math.min(view.layout.fontSize, (2 * badge.r) / (COUNT_CHAR_WIDTH * count.length)),
  );
  return svg`<g class=${`badge badge--${badge.kind} ${petalColorClass(badge.colorIndex)}${matching === 0 ? ' mark--dimmed' : ''}${holdsSelection ? ' mark--selected' : ''}`} part="badge"
      data-badge=${badge.id} data-item-ids=${badge.itemIds.join(' ')} data-nav=${key}
      transform=${`translate(${badge.x} ${badge.y})`}
      role=${interactive ? 'button' : 'img'} tabindex=${tabIndex(view, key)}
      aria-haspopup=${interactive ? 'dialog' : nothing} aria-expanded=${interactive ? String(open) : nothing}
      aria-label=${messages.badgeLabel(badge.count, factorName)}>
    <circle class="mark__hit" r=${badge.hitRadius}></circle>
    <circle class="mark__ring" r=${badge.r + 4}></circle>
    <circle class="badge__disc" r=${badge.r}></circle>
    <text class="badge__count" text-anchor="middle" dominant-baseline="central" font-size=${fontSize}>${count}</text>
  </g>`;
}

function renderPetal(
  view: FlowerSvgView,
  petal: PetalLayout,
  marks: readonly MarkLayout[],
  badges: readonly BadgeLayout[],
  leaders: readonly ItemLabelLayout[],
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
        (factor) =>
          svg`<path class=${view.spotlight?.has(factor.id) ? 'factor__sector factor__sector--lit' : 'factor__sector'} part="factor" data-factor=${factor.id} d=${factor.path}></path>`,
      )}
      ${petal.factors.map((factor) => renderLabel(factor.label, 'label label--factor'))}
    </g>
    <g class="petal__label" aria-hidden="true" data-zoom=${petal.id}>
      ${petal.label ? svg`<rect class="label__hit" x=${petal.label.box.x} y=${petal.label.box.y} width=${petal.label.box.width} height=${petal.label.box.height}></rect>` : nothing}
      ${renderLabel(petal.label, 'label label--petal')}
    </g>
    <g class="petal__leaders" aria-hidden="true">${leaders.map((label) => renderLeader(view, label, petal.index))}</g>
    ${badges.map((badge) => renderBadge(view, badge))}
    ${marks.map((mark) => renderMark(view, mark))}
  </g>`;
}

/**
 * The flower as an SVG template: petals (each a group named by its label, holding its marks and badges), factor
 * sectors and labels, the heart. Colours come from CSS classes (see `petalColorCss`), never style attributes.
 */
export function renderFlower(view: FlowerSvgView): TemplateResult {
  const { layout, messages, catalogue } = view;
  const title = view.text(catalogue.title);
  const labels = allLabels(view);
  const ownerOf = new Map<string, { petal: string; color: number }>();
  for (const mark of layout.marks) ownerOf.set(mark.itemId, { petal: mark.ownerPetalId, color: mark.colorIndex });
  for (const badge of layout.badges)
    for (const id of badge.itemIds) ownerOf.set(id, { petal: badge.ownerPetalId, color: badge.colorIndex });
  const colorOf = (itemId: string) => ownerOf.get(itemId)?.color ?? 0;
  // The outer <svg> belongs to `html` (Lit: `svg` is for what goes inside an <svg>).
  return html`<svg class=${view.spotlight ? 'flower flower--spotlight' : 'flower'} part="drawing" xmlns="http://www.w3.org/2000/svg"
      viewBox=${`0 0 ${layout.width} ${layout.height}`} width=${layout.width} height=${layout.height}
      role="group" aria-roledescription=${messages.flowerRole} aria-label=${messages.flowerLabel(title)}
      aria-describedby=${view.describedBy ?? nothing}>
    <g class="heart" part="heart" aria-hidden="true">
      <circle class="heart__disc" cx=${layout.cx} cy=${layout.cy} r=${layout.heart.r}></circle>
      ${renderLabel(layout.heart.label, 'label heart__label')}
    </g>
    ${layout.petals.map((petal) =>
      renderPetal(
        view,
        petal,
        layout.marks.filter((mark) => mark.ownerPetalId === petal.id),
        layout.badges.filter((badge) => badge.ownerPetalId === petal.id),
        labels.filter((label) => ownerOf.get(label.itemId)?.petal === petal.id),
      ),
    )}
    <g class="item-labels">
      ${labels.map((label) => renderItemLabel(view, label, colorOf(label.itemId)))}
    </g>
    <g class="item-numbers">
      ${layout.numbers.map((number) => renderNumber(view, number, colorOf(number.itemId)))}
    </g>
    ${layout.key ? renderKey(view, layout.key, colorOf) : nothing}
  </svg>`;
}
