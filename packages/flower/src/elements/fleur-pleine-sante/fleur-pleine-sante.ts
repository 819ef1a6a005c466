import type { Catalogue, CatalogueInput } from '@fleur/catalogue';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { idList, keyword, type Theme, THEMES, type View, VIEWS } from '../../attributes.js';
import { CatalogueSourceController } from '../../controllers/catalogue-source-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { FleurErrorEvent } from '../../events/error.js';
import { type FlowerLayout, layoutFlower } from '../../geometry/index.js';
import { type Filters, matchingItemIds } from '../../model/filters.js';
import { type CatalogueIndex, indexCatalogue } from '../../model/lookup.js';
import { drawingSize } from '../../model/drawing-size.js';
import { renderFlower } from '../../render/flower-svg.js';
import styles from './fleur-pleine-sante.styles.js';
import { renderStatus } from './render-status.js';

/**
 * The « fleur de la pleine santé »: petals of health factors with the offers, services and initiatives of a
 * catalogue placed on the factors they act on.
 *
 * @summary Draws a health-factor flower from a typed, validated JSON catalogue.
 *
 * @fires fleur-select - The reader selected an item or cleared the selection. `detail: { id, item }`, `id` null when cleared.
 * @fires fleur-filter - The reader changed a filter or the search. `detail`: the active filters and the matching count.
 * @fires fleur-zoom - The reader zoomed into a petal or left the zoom. `detail: { petal }`, null when leaving.
 * @fires fleur-error - A catalogue was rejected (invalid data, failed fetch, invalid JSON). `detail: { issues, source }`.
 *
 * @slot - An optional `<script type="application/json">` holding the catalogue, used when neither `catalogue` nor `src` is set.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart drawing - The SVG of the flower.
 * @csspart petal - One petal (a group named by the petal's label).
 * @csspart factor - One factor sector of a petal.
 * @csspart heart - The heart of the flower.
 * @csspart item - One placed item (focusable, named by its title).
 * @csspart badge - A count badge standing for the items of a dense factor.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart details - The details panel of the selected item.
 * @csspart controls - The filters, search and view toggle.
 * @csspart legend - The legend of petals, colours and counts.
 * @csspart table - The table view.
 * @csspart status - The loading note.
 * @csspart error - The error list shown when a catalogue is rejected.
 *
 * @cssprop --fleur-petal-<id> - Colour of the petal whose id is `<id>` (e.g. `--fleur-petal-economic`); overrides the catalogue's colour.
 * @cssprop --fleur-background - Background colour.
 * @cssprop --fleur-surface - Background of panels (details, status, controls).
 * @cssprop --fleur-text-color - Main text colour.
 * @cssprop --fleur-muted-color - Secondary text colour (factor labels, hints).
 * @cssprop --fleur-border-color - Borders and crossing lines.
 * @cssprop --fleur-heart-color - Fill of the heart of the flower.
 * @cssprop --fleur-heart-text-color - Text and outline of the heart.
 * @cssprop --fleur-focus-color - Focus ring colour.
 * @cssprop --fleur-accent-color - Selection colour.
 * @cssprop --fleur-mark-stroke - Outline of marks (separates touching colours).
 * @cssprop --fleur-font-family - Font of all text.
 * @cssprop --fleur-font-size - Base font size (labels never go below 12px).
 * @cssprop --fleur-spacing - Gap between the element's blocks.
 * @cssprop --fleur-radius - Corner radius of panels.
 * @cssprop --fleur-transition-duration - Length of transitions (0s under reduced motion).
 */
export class FleurPleineSante extends LitElement {
  static override styles = styles;

  /** The catalogue as an object (takes precedence over `src` and inline JSON). Validated before use. */
  @property({ attribute: false }) catalogue: CatalogueInput | undefined;

  /** URL of a catalogue JSON file, fetched with a time-out; a change aborts the previous request. */
  @property({ reflect: true }) src: string | undefined;

  /** Language of the interface and catalogue text (`fr` default, `en`). When absent, the nearest `[lang]` ancestor's. */
  @property({ reflect: true }) override lang = '';

  /** Id of the selected item, whose details are shown. */
  @property({ reflect: true }) selected: string | undefined;

  /** Id of the zoomed petal. */
  @property({ reflect: true }) petal: string | undefined;

  /** Space-separated kind ids to show (all when empty). */
  @property({ reflect: true }) kinds: string | undefined;

  /** Space-separated audience ids to show (all when empty). */
  @property({ reflect: true }) audiences: string | undefined;

  /** Space-separated objective ids to show (all when empty). */
  @property({ reflect: true }) objectives: string | undefined;

  /** Space-separated factor ids to show (all when empty). */
  @property({ reflect: true }) factors: string | undefined;

  /** Text search over titles and summaries, in every language of the catalogue. */
  @property({ reflect: true }) query: string | undefined;

  /** Colour theme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true, converter: { fromAttribute: (value) => keyword(value, THEMES, 'auto') } })
  theme: Theme = 'auto';

  /** `flower` (the drawing) or `table` (an accessible table of every item by petal and factor). */
  @property({ reflect: true, converter: { fromAttribute: (value) => keyword(value, VIEWS, 'flower') } })
  view: View = 'flower';

  /** Hides the filters, search and view toggle. */
  @property({ type: Boolean, reflect: true, attribute: 'no-controls' }) noControls = false;

  /** Time-out in milliseconds for fetching `src`. */
  @property({ type: Number }) timeout = 15_000;

  private readonly localize = new LocalizeController(this);
  private readonly source = new CatalogueSourceController(this, {
    onRejected: (issues, origin) => this.dispatchEvent(new FleurErrorEvent({ issues, source: origin })),
  });
  private readonly resize = new ResizeController(this, () => this.renderRoot.querySelector('.fleur__stage'));

  @state() private layout: FlowerLayout | undefined;
  private index: CatalogueIndex | undefined;
  private matching: ReadonlySet<string> = new Set();
  private layoutKey = '';
  private laidOut: Catalogue | undefined;

  /** The catalogue currently drawn (the last valid one), if any. */
  get currentCatalogue(): Catalogue | undefined {
    return this.source.catalogue;
  }

  /** The active filters, parsed from the attributes. */
  get filters(): Filters {
    return {
      kinds: idList(this.kinds),
      audiences: idList(this.audiences),
      objectives: idList(this.objectives),
      factors: idList(this.factors),
      query: this.query ?? '',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('catalogue') || changed.has('src') || changed.has('timeout'))
      this.source.setInputs(this.catalogue, this.src, this.timeout);
    if (changed.has('lang')) this.localize.refresh();
    const catalogue = this.source.catalogue;
    if (catalogue !== this.laidOut && catalogue) this.index = indexCatalogue(catalogue);
    this.updateLayout(catalogue);
    if (catalogue) this.matching = matchingItemIds(catalogue, this.filters, this.localize.lang);
  }

  private updateLayout(catalogue: Catalogue | undefined): void {
    const { width } = this.resize.size;
    if (!catalogue || width === 0) return;
    const size = drawingSize(width);
    const petal = this.petal && this.index?.petals.has(this.petal) ? this.petal : null;
    const key = `${size.width}x${size.height}|${this.localize.lang}|${petal}`;
    if (catalogue === this.laidOut && key === this.layoutKey) return;
    this.laidOut = catalogue;
    this.layoutKey = key;
    this.layout = layoutFlower(catalogue, {
      ...size,
      locale: this.localize.lang,
      petal,
      heartLabel: this.localize.messages.heart,
    });
  }

  protected override render() {
    const { messages, lang } = this.localize;
    const catalogue = this.source.catalogue;
    return html`
      <div class="fleur" part="base">
        ${renderStatus({
          status: this.source.status,
          issues: this.source.issues,
          hasCatalogue: catalogue !== undefined,
          locale: lang,
          messages,
        })}
        <div class="fleur__frame">
          <div class="fleur__stage">
            ${catalogue && this.layout && this.index
              ? renderFlower({
                  layout: this.layout,
                  catalogue,
                  index: this.index,
                  locale: lang,
                  messages,
                  matching: this.matching,
                  selected: this.selected,
                })
              : nothing}
          </div>
        </div>
      </div>
    `;
  }
}
