import { normalizeLanguageTag } from 'fleur-pleine-sante-catalogue';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { type DrawingMessages, drawingMessagesFor, type UiLocale, uiLocale } from '../i18n/index.js';

/**
 * The nearest `[lang]` at or above `element` that is a language tag, canonical (`fr_FR` → `fr-FR`, `EN` → `en`),
 * crossing shadow roots (an element inside a component inherits too). A value that is not a tag (`constructor`,
 * markup, 10 000 characters) is skipped as if absent, so the page's language still applies.
 */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = normalizeLanguageTag(node.getAttribute('lang'));
      if (lang) return lang;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/**
 * Resolves the element's language: its own `lang`, else the nearest ancestor's, else the document's; `fr` when
 * none. Never throws: `lang` is always a canonical tag that `Intl` accepts. Follows later changes of any ancestor's `lang` (a page's language switch) and re-renders the host.
 */
export class LocalizeController implements ReactiveController {
  /** The full, canonical tag used for catalogue text and number formatting (`fr`, `en`, `en-GB`…). */
  lang = 'fr';
  /** The interface language (`fr` or `en`). */
  locale: UiLocale = 'fr';
  /** The words of the first flower; the reading parts bring the rest (see `messagesFor`). */
  messages: DrawingMessages = drawingMessagesFor('fr');

  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.refresh());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Re-reads the language; call from `willUpdate` when the host's own `lang` changed. */
  refresh(): void {
    // A server render draws the element alone: its own `lang` is all there is (and all the page's tag will carry).
    const lang = (isServer ? normalizeLanguageTag(this.#host.getAttribute('lang')) : inheritedLang(this.#host)) ?? 'fr';
    if (lang === this.lang) return;
    this.lang = lang;
    this.locale = uiLocale(lang);
    this.messages = drawingMessagesFor(lang);
    this.#host.requestUpdate();
  }
}
