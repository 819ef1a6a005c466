import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { type Catalogue, formatPath, type Issue, issueMessage, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { uiLocale } from 'fleur-pleine-sante';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';

const TEXTS = {
  fr: {
    editor: 'Catalogue (JSON)',
    examples: 'Exemples',
    valid: (items: number) => `Catalogue valide : ${items} élément${items > 1 ? 's' : ''}.`,
    invalid: (n: number) => `${n} problème${n > 1 ? 's' : ''} : le catalogue n’est pas affiché.`,
    issues: 'Problèmes',
    warnings: 'Avertissements',
    root: '(racine)',
  },
  en: {
    editor: 'Catalogue (JSON)',
    examples: 'Examples',
    valid: (items: number) => `Valid catalogue: ${items} item${items === 1 ? '' : 's'}.`,
    invalid: (n: number) => `${n} problem${n === 1 ? '' : 's'}: the catalogue is not shown.`,
    issues: 'Problems',
    warnings: 'Warnings',
    root: '(root)',
  },
} as const;

export interface PlaygroundExample {
  readonly label: string;
  readonly value: unknown;
}

/** How long typing pauses before the text is validated again. */
const DEBOUNCE_MS = 250;

/**
 * Story-only: a JSON editor next to the result — the flower when the text is a valid catalogue, else every issue with
 * its JSON path, in the page's language. Light DOM, so the story's play function can query it like a page.
 */
export class CatalogueStoryPlayground extends LitElement {
  static override properties = {
    examples: { attribute: false },
    text: { attribute: false },
    uiLang: { attribute: 'ui-lang' },
    result: { state: true },
  };

  examples: readonly PlaygroundExample[] = [];
  text = '';
  uiLang = 'fr';
  private result: ReturnType<typeof parseCatalogue> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.result = parseCatalogue(this.text);
  }

  private onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = value;
    }, DEBOUNCE_MS);
  }

  private load(example: PlaygroundExample): void {
    clearTimeout(this.timer);
    this.text = JSON.stringify(example.value, null, 2);
  }

  private issueList(
    title: string,
    issues: readonly Issue[],
    kind: 'error' | 'warning',
  ): TemplateResult | typeof nothing {
    if (issues.length === 0) return nothing;
    const texts = TEXTS[uiLocale(this.uiLang)];
    return html`<section class="playground__issues playground__issues--${kind}" aria-label=${title}>
      <h3>${title}</h3>
      <ol>
        ${issues.map(
          (issue) => html`<li data-path=${formatPath(issue.path)}>
            <code>${formatPath(issue.path) || texts.root}</code> ${issueMessage(issue, this.uiLang)}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private preview(catalogue: Catalogue): TemplateResult {
    return html`<fleur-pleine-sante .catalogue=${catalogue} lang=${this.uiLang}></fleur-pleine-sante>`;
  }

  protected override render() {
    const texts = TEXTS[uiLocale(this.uiLang)];
    const result = this.result;
    return html`
      <style>
        .playground {
          display: grid;
          grid-template-columns: minmax(18rem, 1fr) minmax(20rem, 1.4fr);
          gap: 1rem;
          align-items: start;
        }
        .playground textarea {
          box-sizing: border-box;
          width: 100%;
          min-height: 32rem;
          font: 0.8125rem/1.4 ui-monospace, monospace;
        }
        .playground__examples {
          display: flex;
          flex-wrap: wrap;
          gap: 0.5rem;
          margin: 0 0 0.5rem;
          padding: 0;
          border: 0;
        }
        .playground__issues--error li::marker {
          content: '✗ ';
        }
        .playground__issues code {
          font-weight: 600;
        }
        @media (max-width: 48rem) {
          .playground {
            grid-template-columns: 1fr;
          }
        }
      </style>
      <div class="playground">
        <div>
          <fieldset class="playground__examples">
            <legend>${texts.examples}</legend>
            ${this.examples.map(
              (example) => html`<button type="button" @click=${() => this.load(example)}>${example.label}</button>`,
            )}
          </fieldset>
          <label for="playground-json">${texts.editor}</label>
          <textarea id="playground-json" spellcheck="false" .value=${this.text} @input=${this.onInput}></textarea>
        </div>
        <div>
          <p role="status">
            ${result === undefined ? '' : result.ok ? texts.valid(result.catalogue.items.length) : texts.invalid(result.issues.length)}
          </p>
          ${result?.ok ? this.preview(result.catalogue) : nothing}
          ${result && !result.ok ? this.issueList(texts.issues, result.issues, 'error') : nothing}
          ${result ? this.issueList(texts.warnings, result.warnings, 'warning') : nothing}
        </div>
      </div>
    `;
  }
}

if (!customElements.get('fleur-story-catalogue-playground'))
  customElements.define('fleur-story-catalogue-playground', CatalogueStoryPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'fleur-story-catalogue-playground': CatalogueStoryPlayground;
  }
}
