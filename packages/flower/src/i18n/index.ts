import { type MessageLocale, MESSAGE_LOCALES, messageLocale } from 'fleur-pleine-sante-catalogue';
import { en } from './en.js';
import { fr } from './fr.js';
import type { DrawingMessages, Messages, ReadingMessages } from './messages.js';

/**
 * The languages the element's own interface speaks: those the catalogue's issue messages are written in (one list
 * for the element, the CLI and the parser's messages). Catalogue text may have more.
 */
export const UI_LOCALES = MESSAGE_LOCALES;
export type UiLocale = MessageLocale;

const DRAWING_MESSAGES: Readonly<Record<UiLocale, DrawingMessages>> = { fr, en };

/** `en-GB`, `en_US`, `EN` → `en`; any other value (a language we do not speak, `constructor`, markup) → `fr`. */
export function uiLocale(lang: string | null | undefined): UiLocale {
  return messageLocale(lang ?? undefined);
}

/** The words of the first flower (the drop-in's main file); {@link messagesFor} in all-messages.ts has them all. */
export function drawingMessagesFor(lang: string | null | undefined): DrawingMessages {
  return DRAWING_MESSAGES[uiLocale(lang)];
}

export type { DrawingMessages, Messages, ReadingMessages };
