import { normalizeLanguageTag, primarySubtag } from '@fleur/catalogue';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

/** The languages the element's own interface speaks. Catalogue text may have more. */
export const UI_LOCALES = ['fr', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const MESSAGES: Readonly<Record<UiLocale, Messages>> = { fr, en };

/** `en-GB`, `en_US`, `EN` → `en`; any other value (a language we do not speak, `constructor`, markup) → `fr`. */
export function uiLocale(lang: string | null | undefined): UiLocale {
  const tag = normalizeLanguageTag(lang);
  const primary = tag === undefined ? '' : primarySubtag(tag);
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : 'fr';
}

export function messagesFor(lang: string | null | undefined): Messages {
  return MESSAGES[uiLocale(lang)];
}

export type { Messages };
