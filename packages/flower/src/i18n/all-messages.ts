import { en } from './en.js';
import { enReading } from './en-reading.js';
import { fr } from './fr.js';
import { frReading } from './fr-reading.js';
import { type Messages, type UiLocale, uiLocale } from './index.js';

const MESSAGES: Readonly<Record<UiLocale, Messages>> = {
  fr: { ...fr, ...frReading },
  en: { ...en, ...enReading },
};

/**
 * Every word of the element in the interface language of `lang` (`fr` for anything else). The drop-in's main file
 * carries only the drawing's words (see `drawingMessagesFor`); these come with the reading parts.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  return MESSAGES[uiLocale(lang)];
}
