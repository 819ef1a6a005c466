import {
  MESSAGE_LOCALES,
  type MessageLocale,
  messageLocale,
  normalizeLanguageTag,
  primarySubtag,
} from 'fleur-pleine-sante-catalogue';
import type { CliMessages } from './messages.js';

/** `--width` range, in CSS pixels of the drawing. */
export const WIDTH_RANGE = { min: 280, max: 4000 } as const;
/** `--height` range, in CSS pixels of the drawing. */
export const HEIGHT_RANGE = { min: 200, max: 4000 } as const;
/** `--scale` range: PNG pixels per drawing pixel. */
export const SCALE_RANGE = { min: 0.25, max: 8 } as const;
/**
 * Most pixels a PNG may have (50 megapixels, e.g. 4000 × 3125 at scale 1 or 2500 × 2500 at scale 2): the
 * rasteriser allocates 4 bytes per pixel at once, and past its own limits it aborts the process.
 */
export const MAX_PNG_PIXELS = 50_000_000;

/** A value, or the one-line message saying why the command line is wrong. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const INTEGER = /^\d{1,9}$/;
const DECIMAL = /^\d{1,9}(?:\.\d{1,9})?$/;

/** A whole number in `range`, written plainly (`1200`; not `1e3`, `0x4b0`, `12px` or an empty string). */
export function integerOption(
  flag: string,
  text: string,
  range: { min: number; max: number },
  messages: CliMessages,
): Parsed<number> {
  const value = Number(text);
  return INTEGER.test(text.trim()) && value >= range.min && value <= range.max
    ? { ok: true, value }
    : { ok: false, message: messages.badInteger(flag, text, range.min, range.max) };
}

/** A decimal number in `range` (`2`, `1.5`). */
export function numberOption(
  flag: string,
  text: string,
  range: { min: number; max: number },
  messages: CliMessages,
): Parsed<number> {
  const value = Number(text);
  return DECIMAL.test(text.trim()) && value >= range.min && value <= range.max
    ? { ok: true, value }
    : { ok: false, message: messages.badNumber(flag, text, range.min, range.max) };
}

/**
 * `--lang`: French or English, the languages the CLI and the issue messages are written in, or a regional variant
 * of them, made canonical (`fr_CA` → `fr-CA`, which a catalogue may translate on its own). Any other language
 * (`de`), `constructor` or markup is a usage error: never a silent fall-back to French.
 */
export function langOption(text: string | undefined, messages: CliMessages): Parsed<string | undefined> {
  if (text === undefined) return { ok: true, value: undefined };
  const tag = normalizeLanguageTag(text);
  const known = tag !== undefined && (MESSAGE_LOCALES as readonly string[]).includes(primarySubtag(tag));
  return known ? { ok: true, value: tag } : { ok: false, message: messages.badLang(text) };
}

/** One of a fixed list of keywords (`--theme light|dark`). */
export function choiceOption<const T extends string>(
  flag: string,
  text: string,
  choices: readonly T[],
  messages: CliMessages,
): Parsed<T> {
  const choice = choices.find((candidate) => candidate === text);
  return choice === undefined
    ? { ok: false, message: messages.badChoice(flag, text, choices) }
    : { ok: true, value: choice };
}

/**
 * The language of the CLI's own messages, read from `--lang` before the command line is parsed (so even a
 * usage error speaks it); French otherwise.
 */
export function argvLocale(argv: readonly string[]): MessageLocale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return messageLocale(argv[i + 1]);
    if (arg.startsWith('--lang=')) return messageLocale(arg.slice('--lang='.length));
  }
  return 'fr';
}
