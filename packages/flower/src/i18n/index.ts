import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

/** The languages the element's own interface speaks. Catalogue text may have more. */
export const UI_LOCALES = ['fr', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const MESSAGES: Record<UiLocale, Messages> = { fr, en };

/** `en-GB` → `en`; any language we do not speak → `fr`, the product's language. */
export function uiLocale(lang: string | null | undefined): UiLocale {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : 'fr';
}

export function messagesFor(lang: string | null | undefined): Messages {
  return MESSAGES[uiLocale(lang)];
}

export type { Messages };
