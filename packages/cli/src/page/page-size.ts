import { PAGE_PRESET_DECLARATIONS, PAGE_PRESETS, type PagePreset } from 'fleur-pleine-sante/static.js';
import type { CliMessages } from '../messages.js';
import { choiceOption, HEIGHT_RANGE, integerOption, type Parsed, WIDTH_RANGE } from '../options.js';
import type { OutputFormat } from './render-output.js';

/** The page a command draws: its size in CSS pixels, and its preset when it is a named page. */
export interface PageSize {
  readonly width: number;
  readonly height: number;
  readonly preset: PagePreset | null;
}

/** A PDF with no size asked for is an A4 landscape page (with the table of items after it). */
const DEFAULT_PDF_PAGE: PagePreset = 'a4-landscape';

/**
 * The page size from `--page` (a preset) or `--width`/`--height` (pixels; 1200 × 900 by default), never both. A PDF
 * without either is an A4 landscape page.
 */
export function pageSizeOption(
  options: {
    readonly page?: string | undefined;
    readonly width?: string | undefined;
    readonly height?: string | undefined;
  },
  format: OutputFormat,
  messages: CliMessages,
): Parsed<PageSize> {
  const sized = options.width !== undefined || options.height !== undefined;
  if (options.page !== undefined && sized) return { ok: false, message: messages.pageWithSize };
  const named = options.page ?? (format === 'pdf' && !sized ? DEFAULT_PDF_PAGE : undefined);
  if (named !== undefined) {
    const preset = choiceOption('--page', named, PAGE_PRESETS, messages);
    if (!preset.ok) return preset;
    const { width, height } = PAGE_PRESET_DECLARATIONS[preset.value];
    return { ok: true, value: { width, height, preset: preset.value } };
  }
  const width = integerOption('--width', options.width ?? '1200', WIDTH_RANGE, messages);
  if (!width.ok) return width;
  const height = integerOption('--height', options.height ?? '900', HEIGHT_RANGE, messages);
  if (!height.ok) return height;
  return { ok: true, value: { width: width.value, height: height.value, preset: null } };
}
