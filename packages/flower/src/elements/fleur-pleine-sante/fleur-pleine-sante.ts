import {
  type Catalogue,
  type CatalogueJson,
  createIssue,
  DEFAULT_TIMEOUT_MS,
  type Item,
} from 'fleur-pleine-sante-catalogue';
import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { keyword, nextKeyword, type Theme, THEMES, type View, VIEWS } from '../../attributes.js';
import { CatalogueSourceController } from '../../controllers/catalogue-source-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { FleurErrorEvent } from '../../events/error.js';
import { type FlowerLayout, type ItemLabelLayout, PETAL_SIZES, type PetalSize } from '../../geometry/index.js';
import { drawingSize } from '../../model/drawing-size.js';
import { FontMetricsController } from '../../controllers/font-metrics-controller.js';
import { cappedQuery, FILTER_LISTS, type Filters } from '../../model/filters.js';
import type { CatalogueIndex } from '../../model/lookup.js';
import { type ReadingContext, type TextContext, textContext, tooltipAnchor } from '../../model/item-text.js';
import type { NavNode } from '../../model/navigation.js';
import { type FlowerSvgView, renderFlower } from '../../render/flower-svg.js';
import { PetalStylesController } from '../../controllers/petal-styles-controller.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import { ReaderActions } from '../../controllers/reader-actions.js';
import styles from './fleur-pleine-sante.styles.js';
import buttonsStyles from './buttons.styles.js';
import { DESCRIPTION_IDS, renderDescriptions } from './render-descriptions.js';
import { renderControlsPlaceholder, renderDetailsHint, renderStageNote } from './render-stage-notes.js';
import { renderStatus } from './render-status.js';
import { renderTooltip } from './render-tooltip.js';
import type { OnDemandView } from './render-on-demand.js';
import { BadgeListState } from '../../controllers/badge-list-state.js';
import type { DrawingInteraction, DrawingInteractionConfig } from '../../controllers/drawing-interaction.js';
import { navigate } from '../../model/navigation.js';
import { DerivedState } from '../../model/derived-state.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { ExportImageError } from './export-error.js';
import { isTrustedTypesRefusal, LIT_POLICY, showRenderBlocked } from './render-blocked.js';
import { PrintController } from '../../controllers/print-controller.js';
import type { UrlStateController } from '../../controllers/url-state-controller.js';
import { READING_PARTS } from './reading-parts-loader.js';
import { reflectKeywordAttributes } from './keyword-attributes.js';
import { ServerMarkup } from './server-markup.js';
import { stageListeners } from './stage-listeners.js';

/** The drawing width laid out for print: wide enough to name every item beside the flower. */
const PRINT_WIDTH = 1100;

/**
 * The « fleur de la pleine santé »: petals of health factors with the offers, services and initiatives of a
 * catalogue placed on the factors they act on.
 *
 * @summary Draws a health-factor flower from a typed, validated JSON catalogue.
 *
 * @fires {FleurSelectEvent} fleur-select - The reader selected an item or cleared the selection. `detail: { id, item }`, `id` null when cleared.
 * @fires {FleurFilterEvent} fleur-filter - The reader changed a filter or the search. `detail`: the active filters and the matching count.
 * @fires {FleurZoomEvent} fleur-zoom - The reader zoomed into a petal or left the zoom. `detail: { petal }`, null when leaving.
 * @fires {FleurErrorEvent} fleur-error - A catalogue was rejected (invalid data, failed fetch, invalid JSON), or the page's Trusted Types policy refuses Lit's `lit-html` policy (source `render`). `detail: { issues, source }`.
 *
 * @slot - An optional `<script type="application/json">` holding the catalogue, used when neither `catalogue` nor `src` is set.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart drawing - The SVG of the flower.
 * @csspart petal - One petal (a group named by the petal's label).
 * @csspart factor - One factor sector of a petal.
 * @csspart heart - The heart of the flower.
 * @csspart item - One placed item (focusable, named by its title).
 * @csspart item-label - An item's name on the drawing (`data-for` its item id), or in the list under a zoomed petal on phones.
 * @csspart badge - A count badge standing for the items that do not fit as marks; it opens their list.
 * @csspart badge-list - The list a badge opens, under the drawing.
 * @csspart badge-item - One entry of a badge's list (a button named by the item's title, with `data-id`).
 * @csspart badge-list-close - The button closing a badge's list.
 * @csspart petal-note - A zoomed petal's description and the works it is drawn from.
 * @csspart factor-note - The description and references of the one factor chosen (the factor select, or `factors` with one id).
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart details - The details panel of the selected item.
 * @csspart details-placeholder - The hint shown in the details column (wide layouts) while nothing is selected.
 * @csspart controls - The filters, search and view toggle; when their chunk cannot be loaded, a short notice with a button to try again.
 * @csspart legend - The legend of petals, colours and counts.
 * @csspart table - The table view.
 * @csspart status - The loading note.
 * @csspart error - The error list shown when a catalogue is rejected.
 * @csspart export-error - The notice shown when an export is refused (a page forbidding `img-src data:` for PNG).
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
  static override styles = [styles, buttonsStyles];

  static {
    // NOTE: a catalogue that arrives with the first render is laid out in a second update, requested from `updated()`
    // once the stage exists to be measured (still before the first frame is painted; see `updated`). Lit's
    // development build warns about any update requested there; this one can only follow the first render, and an
    // app in development mode (the Vue example) would show that warning on every page.
    FleurPleineSante.disableWarning?.('change-in-update');
  }

  /** The catalogue as an object (takes precedence over `src` and inline JSON). Validated before use. */
  @property({ attribute: false }) catalogue: CatalogueJson | undefined;

  /** URL of a catalogue JSON file, fetched with a time-out; a change aborts the previous request. */
  @property({ reflect: true }) src: string | undefined;

  /** Language of the interface and catalogue text (`fr` default, `en`). When absent, the nearest `[lang]` ancestor's. */
  // `useDefault`: a default value is not written back as an attribute (no `theme="auto"` appearing on a tag a page
  // or a server rendered without it: React and Next.js read that as a hydration mismatch), and removing the
  // attribute restores the default.
  @property({ reflect: true, useDefault: true }) override lang = '';

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

  #query: string | undefined;

  /**
   * Text search over titles and summaries, in every language of the catalogue. Read up to its first 200 characters
   * (`MAX_QUERY_LENGTH`); the rest is ignored.
   */
  @property({ reflect: true })
  get query(): string | undefined {
    return this.#query;
  }
  set query(value: string | undefined) {
    this.#query = typeof value === 'string' ? cappedQuery(value) : undefined;
  }

  #theme: Theme = 'auto';
  #view: View = 'flower';

  /**
   * Colour theme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`, the default). An unknown value keeps
   * the last one; removing the attribute returns to `auto`. Reflected, except its default (see
   * `reflectKeywordAttributes`).
   */
  @property()
  get theme(): Theme {
    return this.#theme;
  }
  set theme(value: Theme) {
    this.#theme = nextKeyword(value, THEMES, 'auto', this.#theme);
    if (value !== null && value !== undefined && value !== this.#theme) this.requestUpdate();
  }

  /**
   * `flower` (the drawing, the default) or `table` (an accessible table of every item by petal and factor). An unknown
   * value keeps the last one; removing the attribute returns to `flower`. Reflected, except its default.
   */
  @property()
  get view(): View {
    return this.#view;
  }
  set view(value: View) {
    this.#view = nextKeyword(value, VIEWS, 'flower', this.#view);
    if (value !== null && value !== undefined && value !== this.#view) this.requestUpdate();
  }

  /** `equal` petals (the report's symbol, default) or petals sized by their number of `items`. */
  @property({
    reflect: true,
    useDefault: true,
    attribute: 'petal-size',
    converter: { fromAttribute: (value) => keyword(value, PETAL_SIZES, 'equal') },
  })
  petalSize: PetalSize = 'equal';

  /**
   * Deep links, opt-in: mirrors the selection, zoom, filters, search and view in the page URL's hash under this key
   * (empty: the element's id, else `fleur`), restores them on load and follows back and forward.
   */
  @property({ attribute: 'url-state', reflect: true }) urlState: string | null = null;

  /** Hides the filters, search and view toggle. */
  @property({ type: Boolean, reflect: true, attribute: 'no-controls' }) noControls = false;

  /** Time-out in milliseconds for fetching `src`. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  private readonly localize = new LocalizeController(this);
  private readonly source = new CatalogueSourceController(this, {
    onRejected: (issues, origin) => this.dispatchEvent(new FleurErrorEvent({ issues, source: origin })),
  });
  private readonly resize = new ResizeController(this, () => this.renderRoot.querySelector('.fleur__stage'));
  private readonly petalStyles = new PetalStylesController(this);
  private readonly nearViewport = new NearViewportController(this);
  private readonly print = new PrintController(this);
  private readonly fontMetrics = new FontMetricsController(this);
  private urlStateLink: UrlStateController | undefined;
  /**
   * How a reader points at and walks the drawing (pointer, roving focus, tooltip): it comes with the reading parts,
   * fetched once the first flower is painted. Until then the drawing has its one tab stop and no tooltip.
   */
  private interaction: DrawingInteraction | undefined;
  private readonly interactionConfig: DrawingInteractionConfig = {
    nodes: () => this.nodes,
    anchor: (key) => {
      const { layout, index, localize } = this;
      const catalogue = this.source.catalogue;
      return layout && index && catalogue
        ? tooltipAnchor(layout, textContext(catalogue, index, localize.lang, localize.messages), key)
        : undefined;
    },
    hint: () => this.localize.messages.tooltipHint,
    // Enter, Space or a click on a node: a badge opens (or closes) its list; the rest is the reader's action.
    activate: (node) => {
      if (node.type === 'badge') this.badgeList.toggle(node.key.slice('badge:'.length));
      else this.actions.activate(node);
      return this.selected !== undefined;
    },
    escape: (): boolean => this.actions.escape(),
    zoom: (petal) => this.actions.zoom(petal),
    revealDetails: () =>
      void this.updateComplete.then(() =>
        this.readingParts.loaded?.revealDetails(this.renderRoot.querySelector('[part="details"]')),
      ),
  };
  /** An explicit action that asks for the reading parts again when their chunk failed (after its back-off). */
  private readonly retryParts = () => this.readingParts.retry();
  private readonly stage = stageListeners(() => this.interaction, this.retryParts);
  /** The drawing's tab stop before the interaction arrives: where its roving focus starts (Home). */
  private homeKey: string | undefined;
  private readonly actions = new ReaderActions(this, {
    catalogue: () =>
      this.source.catalogue && this.index ? { catalogue: this.source.catalogue, index: this.index } : undefined,
    locale: () => this.localize,
    hideTooltip: () => this.interaction?.tooltip.hide() ?? false,
    // The same memo willUpdate reads: a chip click computes the matching items once.
    matching: (filters) =>
      this.source.catalogue ? this.derived.matching(this.source.catalogue, filters, this.localize.lang) : new Set(),
  });
  private readonly readingParts = new LazyModuleController(this, READING_PARTS);
  private readonly derived = new DerivedState();
  private layout: FlowerLayout | undefined;
  private index: CatalogueIndex | undefined;
  private matching: ReadonlySet<string> = new Set();
  private nodes: readonly NavNode[] = [];
  /** The selected item, when `selected` names one of the catalogue's. */
  private selectedItem: Item | undefined;
  /** The selected item's name when the layout did not name it (narrow drawings): it is always named. */
  private selectedName: ItemLabelLayout | null = null;
  /** Whether the stage was measured after the render that brought the first catalogue (see `updated`). */
  private stageMeasured = false;
  private readonly serverMarkup = new ServerMarkup(this);
  private readonly badgeList = new BadgeListState(this, {
    root: () => this.renderRoot,
    focusBadge: (key) => void this.interaction?.roving.focus(key),
  });

  /** The catalogue currently drawn (the last valid one), if any. */
  get currentCatalogue(): Catalogue | undefined {
    return this.source.catalogue;
  }

  /** The active filters, parsed from the attributes (the same object until one of them changes). */
  get filters(): Filters {
    return this.derived.filters(...FILTER_LISTS.map(({ name }) => this[name]), this.query);
  }

  /**
   * A declarative shadow root (markup from `renderFleurHtml`) is kept as it is — Lit would empty it — and taken
   * over in one update once the catalogue, the reading parts it shows and Lit's hydration are here.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.serverMarkup.claim();
    if (!root) return super.createRenderRoot();
    if (this.serverMarkup.builtinMetrics) this.fontMetrics.useBuiltin();
    this.readingParts.get();
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.#renderBlocked) return false;
    if (!this.serverMarkup.root) return super.shouldUpdate(changed);
    // The markup stays as it is meanwhile; its catalogue is asked for now (`willUpdate` runs only once it is here).
    this.source.setInputs(this.catalogue, this.src, this.timeout);
    const settled = this.source.status === 'ready' || this.source.status === 'error';
    return (
      settled && this.serverMarkup.loaded && this.readingParts.loaded !== undefined && this.nearViewport.isNearNow()
    );
  }

  /**
   * Lit's render, or the takeover of server markup; except on a page whose Trusted Types policy allows no `lit-html`
   * policy: there every template is refused, so the element says so in plain text instead (naming the policy to
   * allow) and fires `fleur-error`.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      this.renderOrTakeOver(changed);
    } catch (error) {
      if (!isTrustedTypesRefusal(error)) throw error;
      this.#renderBlocked = true;
      showRenderBlocked(this.renderRoot, this.localize.messages.renderBlocked(LIT_POLICY));
      const issues = [createIssue('render-blocked', [], { policy: LIT_POLICY })];
      this.dispatchEvent(new FleurErrorEvent({ issues, source: 'render' }));
    }
  }

  /** Set once the page's Trusted Types policy refused Lit's: the element shows its notice and renders no more. */
  #renderBlocked = false;

  /** Lit's update, or, for markup rendered ahead of time, its takeover (Lit adopting the nodes as they are). */
  private renderOrTakeOver(changed: PropertyValues<this>): void {
    const catalogue = this.source.status === 'ready' && this.layout ? this.source.catalogue : undefined;
    if (!this.serverMarkup.adopt(changed, () => this.render(), catalogue, this.layout?.width)) super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    reflectKeywordAttributes(this);
    if (!this.hasUpdated || changed.has('catalogue') || changed.has('src') || changed.has('timeout'))
      this.source.setInputs(this.catalogue, this.src, this.timeout);
    if (changed.has('lang')) this.localize.refresh();
    this.syncUrlState();
    const catalogue = this.source.catalogue;
    if (catalogue) this.deriveDrawing(catalogue);
  }

  /**
   * Deep links restore the reader's state (zoom, selection, filters) before the first drawing, or it would be drawn
   * twice: they fetch the reading parts at once. See `requestReadingParts` for every other flower.
   */
  private syncUrlState(): void {
    if (this.urlState === null && !this.urlStateLink) return;
    const part = this.readingParts.get();
    if (part && !this.urlStateLink) this.urlStateLink = new part.UrlStateController(this);
    else this.urlStateLink?.sync();
  }

  /** Everything the drawing shows, derived from the catalogue and the element's state (memoized by `derived`). */
  private deriveDrawing(catalogue: Catalogue): void {
    const index = this.derived.index(catalogue);
    if (index !== this.index) this.petalStyles.setPetals(catalogue.petals);
    this.index = index;
    const lang = this.localize.lang;
    this.matching = this.derived.matching(catalogue, this.filters, lang);
    this.updateLayout(catalogue);
    this.nodes = this.derived.nodes(this.layout, this.matching, this.view);
    this.selectedItem = this.selected ? index.items.get(this.selected) : undefined;
    // The selected item's name comes with the reading parts (a selection loads them for its details anyway).
    const place = this.selectedItem ? this.readingParts.loaded?.layoutName : undefined;
    this.selectedName = this.derived.selectedName(this.layout, this.selectedItem, catalogue, lang, place);
    this.badgeList.keepIn(this.layout);
    // A server render runs no controller hook: the keyboard's tab stop is chosen here, as the client will choose it.
    this.homeKey = navigate(this.nodes, undefined, 'Home');
    const parts = this.readingParts.loaded;
    if (!this.interaction && parts) this.interaction = new parts.DrawingInteraction(this, this.interactionConfig);
    if (isServer) this.interaction?.roving.hostUpdate();
  }

  private updateLayout(catalogue: Catalogue): void {
    // Measured now if the observers have not reported yet: a flower in view draws in this update, not frames later.
    // Markup rendered ahead of time is laid out at the width the server used, so it is adopted as it is.
    const width = this.serverMarkup.width() ?? this.resize.measure().width;
    if (width === 0 || !this.nearViewport.isNearNow()) return;
    // On paper the flower is drawn at a desktop size (every item named) and scaled to the page by CSS.
    const size = drawingSize(this.print.printing ? Math.max(width, PRINT_WIDTH) : width);
    const petal = this.petal && this.index?.petals.has(this.petal) ? this.petal : null;
    const { lang, messages } = this.localize;
    this.layout = this.derived.layout(
      catalogue,
      size.width,
      size.height,
      size.maxHeight,
      lang,
      petal,
      this.petalSize,
      messages.heart,
      this.fontMetrics.measure,
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A catalogue arrived with the first render, before the stage existed to be measured: measure it now and lay
    // out in a second update, still before the first frame is painted (once: a stage with no width stays blank).
    if (this.source.catalogue && !this.layout && !this.stageMeasured && this.view === 'flower') {
      this.stageMeasured = true;
      if (this.resize.measure().width > 0) this.requestUpdate();
    }
    this.requestReadingParts();
    if (changed.has('petal') && (changed.get('petal') !== undefined) !== (this.petal !== undefined))
      this.readingParts.loaded?.animateZoom(this.renderRoot.querySelector('.flower'));
  }

  /**
   * The page of the kit as it is now — title, named flower (language, zoom, filters, selection), legend and source
   * line, at the drawing's size — as a standalone SVG document for print kits and slides; `undefined` before a
   * catalogue is drawn. The same page `fleur render` writes for that size and language. It carries the element's
   * font when the page serves it from a same-origin `@font-face` (the root `<svg>` then has `data-font="embedded"`),
   * else names it (`data-font="named"`); `data-font-family` says which family. Asynchronous because the export code
   * is a chunk of its own, fetched on the first export when the controls have not brought it already.
   */
  async toSVG(): Promise<string | undefined> {
    const exporter = await this.readingParts.ready();
    const catalogue = this.source.catalogue;
    if (!exporter && catalogue) throw new ExportImageError(this.localize.messages.exportUnavailable);
    // A flower far down the page has not laid out yet: an export lays it out now.
    if (catalogue && !this.nearViewport.near) {
      this.nearViewport.reveal();
      this.updateLayout(catalogue);
    }
    if (!exporter || !catalogue || !this.layout || !this.index) return undefined;
    const { lang } = this.localize;
    return exporter.pageSvgDocument(
      this,
      {
        context: textContext(catalogue, this.index, lang, exporter.messagesFor(lang)),
        width: this.layout.width,
        height: this.layout.height,
        petal: this.layout.zoomedPetal,
        petalSize: this.petalSize,
        measureText: this.fontMetrics.measure,
        state: this.flowerView(this.layout, textContext(catalogue, this.index, lang, this.localize.messages)),
      },
      this.theme,
    );
  }

  /** The page of {@link toSVG} as a PNG at `scale` × its size (2 by default). A strict CSP needs `img-src data:` for this. */
  async toPNG(scale = 2): Promise<Blob | undefined> {
    const svgText = await this.toSVG();
    const exporter = this.readingParts.get();
    if (!svgText || !this.layout || !exporter) return undefined;
    const { width, height } = this.layout;
    return exporter.pngFromSvg(svgText, width, height, scale, exporter.messagesFor(this.localize.lang));
  }

  protected override render() {
    const { messages, lang } = this.localize;
    const catalogue = this.source.catalogue;
    const index = this.index;
    const parts = this.readingParts.loaded;
    const status = renderStatus({
      status: this.source.status,
      issues: this.source.issues,
      hasCatalogue: catalogue !== undefined,
      locale: lang,
      messages,
      issueList: this.source.status === 'error' ? parts?.renderIssueList : undefined,
    });
    if (!catalogue || !index)
      return html`<div class="fleur" part="base">${status}<div class="fleur__stage"></div></div>`;
    // One render context for every part of this render; the parts loaded after the first flower read every word of
    // the element (they bring the words they add).
    const context = textContext(catalogue, index, lang, messages);
    const { stage } = this;
    const later = parts?.renderOnDemand(this.onDemand(textContext(catalogue, index, lang, parts.messagesFor(lang))));
    return html`
      <div class="fleur" part="base">
        ${status}
        ${later?.controls ?? (this.noControls ? nothing : renderControlsPlaceholder(this.readingParts.failed, messages, this.retryParts))}
        ${later?.zoomNotes ?? nothing}
        <div class="fleur__frame">
          <div class="fleur__body">
            <div class="fleur__stage" @click=${stage.click} @pointerover=${stage.pointerOver}
              @pointerleave=${stage.pointerLeave} @keydown=${stage.keyDown}
              @focusin=${stage.focusIn} @focusout=${stage.focusOut}>
              ${this.view === 'table' ? (later?.table ?? nothing) : this.drawing(context)}
              ${renderTooltip('fleur-tooltip', this.interaction?.tooltip.content)}
              ${renderStageNote(catalogue.items.length, this.matching.size, messages)}
              ${later?.underDrawing ?? nothing}
            </div>
            ${later && this.selectedItem ? later.details : renderDetailsHint(messages)}
          </div>
        </div>
        ${later?.legend ?? nothing}
        ${later?.printPage ?? nothing}
        ${later?.printTable ?? nothing}
        ${renderDescriptions(context, this.actions.announcement)}
      </div>
    `;
  }

  /** The flower, once laid out, as the reader sees and uses it. */
  private drawing(context: TextContext) {
    return this.layout ? renderFlower(this.flowerView(this.layout, context, true)) : nothing;
  }

  /**
   * What the flower shows: the same picture on screen and in an export; on screen (`interactive`) it also carries
   * the highlight, the open badge, the roving tab stops and its description.
   */
  private flowerView(layout: FlowerLayout, context: TextContext, interactive = false): FlowerSvgView {
    const view = {
      layout,
      ...context,
      matching: this.matching,
      selected: this.selected,
      extraLabels: this.selectedName ? [this.selectedName] : undefined,
      // On an offer page (`no-controls`), the selected offer's factors: their sectors are lit, the rest dimmed.
      spotlight: this.noControls && this.selectedItem ? new Set(this.selectedItem.factors) : undefined,
    };
    if (!interactive) return view;
    const roving = this.interaction?.roving;
    const tabIndexFor = (key: string) => (roving ? roving.tabIndexFor(key) : key === this.homeKey ? 0 : -1);
    return {
      ...view,
      hot: this.interaction?.hot,
      openBadge: this.badgeList.open,
      tabIndexFor,
      describedBy: DESCRIPTION_IDS,
    };
  }

  /**
   * The reading parts never delay the first flower: they are fetched at once only when what is shown needs them
   * and has no mark to paint first (the error list, the table view); just after the first flower is painted when it
   * has controls or a selection (their details); and at idle on an offer page (`no-controls`), so a first selection
   * shows its details at once and a print has its table.
   */
  private requestReadingParts(): void {
    if (this.source.status === 'error' || this.view === 'table') this.readingParts.get();
    else if (!this.layout) return;
    else this.readingParts.getAfterPaint();
  }

  /** What the parts drawn after the first flower read of the element's state. */
  private onDemand(context: ReadingContext): OnDemandView {
    return {
      context,
      layout: this.layout,
      view: this.view,
      petal: this.petal,
      filters: this.filters,
      matching: this.matching,
      selected: this.selected,
      selectedItem: this.selectedItem,
      openBadge: this.badgeList.open,
      printing: this.print.printing,
      petalSize: this.petalSize,
      measureText: this.fontMetrics.measure,
      staticTable: isServer || this.serverMarkup.root !== undefined,
      showControls: !this.noControls,
      compact: this.resize.size.width > 0 && this.resize.size.width < 640,
      actions: this.actions,
      exporter: this,
      onView: (view) => (this.view = view),
      onCloseBadge: () => this.badgeList.close(),
      onCloseDetails: () => this.closeDetails(),
    };
  }

  /** Also waits for the reading parts when this render asked for them (details, table, error list), and their render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let guard = 0; guard < 4; guard++) {
      const pending = this.readingParts.pending;
      if (!pending) break;
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private closeDetails(): void {
    const id = this.selected;
    this.actions.select(undefined);
    if (id && this.view === 'flower') void this.interaction?.roving.focus(`item:${id}`);
  }
}
