import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { type CatalogueInput, localized } from 'fleur-pleine-sante-catalogue';
import {
  contrastRatio,
  DEFAULT_PETAL_COLORS,
  MIN_MARK_CONTRAST,
  MIN_TEXT_CONTRAST,
  petalColorProperty,
  uiLocale,
} from 'fleur-pleine-sante';
import { html, LitElement, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export type ThemePreset = 'light' | 'dark';

/**
 * The element's own defaults per theme, as written in fleur-pleine-sante.styles.ts. The theme story's play function
 * checks the background and text colours against the element's computed style, so a change there shows up here.
 */
export const THEME_DEFAULTS: Record<ThemePreset, Record<string, string>> = {
  light: {
    '--fleur-background': '#ffffff',
    '--fleur-surface': '#f6f4f1',
    '--fleur-text-color': '#1f1d1a',
    '--fleur-muted-color': '#5c5750',
    '--fleur-border-color': '#8a847c',
    '--fleur-heart-color': '#fff7e6',
    '--fleur-heart-text-color': '#6b3d00',
    '--fleur-focus-color': '#0b57d0',
    '--fleur-accent-color': '#a1004f',
    '--fleur-mark-stroke': '#ffffff',
  },
  dark: {
    '--fleur-background': '#17161a',
    '--fleur-surface': '#232127',
    '--fleur-text-color': '#f3f1ee',
    '--fleur-muted-color': '#bdb7ae',
    '--fleur-border-color': '#8d877f',
    '--fleur-heart-color': '#3a2e1c',
    '--fleur-heart-text-color': '#ffd9a0',
    '--fleur-focus-color': '#8ab4f8',
    '--fleur-accent-color': '#ff8fc4',
    '--fleur-mark-stroke': '#17161a',
  },
};

const TEXTS = {
  fr: {
    tokens: 'Couleurs (--fleur-*)',
    preset: 'Point de départ',
    presets: { light: 'Thème clair', dark: 'Thème sombre' },
    reset: 'Revenir aux valeurs par défaut',
    caption: 'Contrastes calculés en direct (WCAG 2)',
    pair: 'Couleur',
    against: 'Sur',
    ratio: 'Rapport',
    minimum: 'Minimum',
    verdict: 'Verdict',
    text: 'texte',
    mark: 'marque',
    pass: '✓ suffisant',
    fail: (min: number) => `✗ sous ${min}:1`,
    unreadable: '? couleur illisible',
  },
  en: {
    tokens: 'Colours (--fleur-*)',
    preset: 'Starting point',
    presets: { light: 'Light theme', dark: 'Dark theme' },
    reset: 'Back to the defaults',
    caption: 'Contrast ratios, computed live (WCAG 2)',
    pair: 'Colour',
    against: 'On',
    ratio: 'Ratio',
    minimum: 'Minimum',
    verdict: 'Verdict',
    text: 'text',
    mark: 'mark',
    pass: '✓ enough',
    fail: (min: number) => `✗ under ${min}:1`,
    unreadable: '? unreadable colour',
  },
} as const;

interface Pair {
  readonly foreground: string;
  readonly background: string;
  readonly kind: 'text' | 'mark';
}

const TEXT_PAIRS: readonly Pair[] = [
  { foreground: '--fleur-text-color', background: '--fleur-background', kind: 'text' },
  { foreground: '--fleur-muted-color', background: '--fleur-background', kind: 'text' },
  { foreground: '--fleur-text-color', background: '--fleur-surface', kind: 'text' },
  { foreground: '--fleur-muted-color', background: '--fleur-surface', kind: 'text' },
  { foreground: '--fleur-heart-text-color', background: '--fleur-heart-color', kind: 'text' },
];

const MARK_PAIRS: readonly Pair[] = [
  { foreground: '--fleur-focus-color', background: '--fleur-background', kind: 'mark' },
  { foreground: '--fleur-accent-color', background: '--fleur-background', kind: 'mark' },
  { foreground: '--fleur-border-color', background: '--fleur-background', kind: 'mark' },
];

/**
 * Story-only: every colour token as a colour input, the flower restyled live, and the WCAG contrast of each
 * text/background pair (≥ 4.5:1) and mark/background pair (≥ 3:1), flagged in words, not by colour alone.
 * Only tokens the designer changed are set on the flower, so the preview also shows the element's true defaults.
 */
export class ThemeStoryPlayground extends LitElement {
  static override properties = {
    catalogue: { attribute: false },
    uiLang: { attribute: 'ui-lang' },
    preset: { state: true },
    values: { state: true },
    changed: { state: true },
  };

  catalogue: CatalogueInput | undefined;
  uiLang = 'fr';
  private preset: ThemePreset = 'light';
  private values: Record<string, string> = {};
  private changed: ReadonlySet<string> = new Set();

  protected override createRenderRoot() {
    return this;
  }

  /** Petal colour tokens of the catalogue, with the catalogue's colour (or the default palette) as their value. */
  private petalDefaults(): Record<string, string> {
    const petals = this.catalogue?.petals ?? [];
    return Object.fromEntries(
      petals.map((petal, position) => [
        petalColorProperty(petal.id),
        (petal.color ?? DEFAULT_PETAL_COLORS[position % DEFAULT_PETAL_COLORS.length] ?? '#666666').toLowerCase(),
      ]),
    );
  }

  private defaults(): Record<string, string> {
    return { ...THEME_DEFAULTS[this.preset], ...this.petalDefaults() };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalogue') || changed.has('preset')) {
      this.values = this.defaults();
      this.changed = new Set();
    }
  }

  private setToken(token: string, value: string): void {
    this.values = { ...this.values, [token]: value };
    this.changed = new Set([...this.changed, token]);
  }

  private petalPairs(): Pair[] {
    return Object.keys(this.petalDefaults()).map((token) => ({
      foreground: token,
      background: '--fleur-background',
      kind: 'mark',
    }));
  }

  private petalName(token: string): string {
    const petal = this.catalogue?.petals.find((candidate) => petalColorProperty(candidate.id) === token);
    return petal ? localized(petal.label, this.uiLang, this.catalogue?.defaultLocale) : token;
  }

  private row(pair: Pair) {
    const texts = TEXTS[uiLocale(this.uiLang)];
    const minimum = pair.kind === 'text' ? MIN_TEXT_CONTRAST : MIN_MARK_CONTRAST;
    const ratio = contrastRatio(this.values[pair.foreground] ?? '', this.values[pair.background] ?? '');
    const passes = ratio !== undefined && ratio >= minimum;
    const verdict = ratio === undefined ? texts.unreadable : passes ? texts.pass : texts.fail(minimum);
    return html`<tr data-pair=${`${pair.foreground} ${pair.background}`} data-passes=${String(passes)}>
      <th scope="row"><code>${pair.foreground}</code> (${pair.kind === 'text' ? texts.text : texts.mark})</th>
      <td><code>${pair.background}</code></td>
      <td>${ratio === undefined ? '—' : `${ratio.toFixed(2)}:1`}</td>
      <td>${minimum}:1</td>
      <td class=${passes ? 'verdict verdict--pass' : 'verdict verdict--fail'}>${verdict}</td>
    </tr>`;
  }

  protected override render() {
    const texts = TEXTS[uiLocale(this.uiLang)];
    const applied = Object.fromEntries([...this.changed].map((token) => [token, this.values[token] ?? '']));
    return html`
      <style>
        .theme-playground {
          display: grid;
          grid-template-columns: minmax(16rem, 22rem) 1fr;
          gap: 1rem;
          align-items: start;
        }
        .theme-playground__tokens {
          display: grid;
          grid-template-columns: auto 1fr;
          gap: 0.25rem 0.5rem;
          align-items: center;
        }
        .theme-playground__tokens label {
          font: 0.8125rem ui-monospace, monospace;
        }
        .theme-playground table {
          border-collapse: collapse;
          margin-top: 1rem;
          font-size: 0.875rem;
        }
        .theme-playground th,
        .theme-playground td {
          padding: 0.25rem 0.5rem;
          border-bottom: 1px solid #8a847c;
          text-align: start;
        }
        .verdict--fail {
          font-weight: 700;
        }
        @media (max-width: 48rem) {
          .theme-playground {
            grid-template-columns: 1fr;
          }
        }
      </style>
      <div class="theme-playground">
        <form class="theme-playground__form" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>${texts.preset}</legend>
            ${(['light', 'dark'] as const).map(
              (preset) => html`<label>
                <input
                  type="radio"
                  name="preset"
                  value=${preset}
                  .checked=${this.preset === preset}
                  @change=${() => {
                    this.preset = preset;
                  }}
                />
                ${texts.presets[preset]}
              </label>`,
            )}
          </fieldset>
          <fieldset>
            <legend>${texts.tokens}</legend>
            <div class="theme-playground__tokens">
              ${Object.entries(this.values).map(
                ([token, value]) => html`<input
                    type="color"
                    id=${`token${token}`}
                    .value=${value}
                    @input=${(event: Event) => this.setToken(token, (event.target as HTMLInputElement).value)}
                  />
                  <label for=${`token${token}`}
                    >${token}${token.startsWith('--fleur-petal-') ? ` (${this.petalName(token)})` : ''}</label
                  >`,
              )}
            </div>
          </fieldset>
          <button
            type="button"
            @click=${() => {
              this.values = this.defaults();
              this.changed = new Set();
            }}
          >
            ${texts.reset}
          </button>
        </form>
        <div>
          <div class="theme-playground__preview" style=${styleMap(applied)}>
            <fleur-pleine-sante .catalogue=${this.catalogue} theme=${this.preset} lang=${this.uiLang}></fleur-pleine-sante>
          </div>
          <table>
            <caption>
              ${texts.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${texts.pair}</th>
                <th scope="col">${texts.against}</th>
                <th scope="col">${texts.ratio}</th>
                <th scope="col">${texts.minimum}</th>
                <th scope="col">${texts.verdict}</th>
              </tr>
            </thead>
            <tbody>
              ${[...TEXT_PAIRS, ...MARK_PAIRS, ...this.petalPairs()].map((pair) => this.row(pair))}
            </tbody>
          </table>
        </div>
      </div>
    `;
  }
}

if (!customElements.get('fleur-story-theme-playground'))
  customElements.define('fleur-story-theme-playground', ThemeStoryPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'fleur-story-theme-playground': ThemeStoryPlayground;
  }
}
