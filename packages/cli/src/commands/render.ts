import { messageLocale, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { THEME_TOKENS, type ThemeName } from 'fleur-pleine-sante/static.js';
import { type CommandIO, EXIT } from '../io.js';
import { issueLines } from '../issue-report.js';
import { cliMessages } from '../messages.js';
import { choiceOption, langOption, MAX_PNG_PIXELS, numberOption, SCALE_RANGE } from '../options.js';
import { pageSizeOption } from '../page/page-size.js';
import { type OutputFormat, renderOutput } from '../page/render-output.js';
import { TEXT_MODES } from '../page/render-page.js';
import { readInput, writeOutput } from '../read-input.js';
import { locateIssues } from '../source/located-issues.js';

/** The themes a static picture can be drawn in. */
const STATIC_THEMES = Object.keys(THEME_TOKENS) as ThemeName[];

/** The command line of `fleur render`, as typed (every value is checked here). */
export interface RenderOptions {
  readonly file: string;
  readonly out: string;
  /** Page width in pixels, 280–4000 (default 1200). */
  readonly width?: string | undefined;
  /** Page height in pixels, 200–4000 (default 900). */
  readonly height?: string | undefined;
  /** A named page instead of a size: `a4-portrait`, `a4-landscape` (a PDF's default) or `slide-16x9`. */
  readonly page?: string | undefined;
  /** How an SVG carries its text: `embed` (default), `outline` or `system`. */
  readonly text?: string | undefined;
  readonly lang?: string | undefined;
  readonly petal?: string | undefined;
  /** `light` (default) or `dark`. */
  readonly theme?: string | undefined;
  /** PNG pixel density, 0.25–8 (default 2, for slides and print); the PNG is capped at 50 megapixels. */
  readonly scale?: string | undefined;
}

/**
 * `fleur render <file> --out <file.svg|file.png|file.pdf>`: a page of the kit (title, named flower, legend, source
 * line) as a self-contained SVG, a PNG or a vector PDF, the catalogue validated first.
 */
export async function renderCommand(options: RenderOptions, io: CommandIO): Promise<number> {
  const messages = cliMessages(messageLocale(options.lang));
  const fail = (message: string, code: number) => {
    io.stderr(`${message}\n`);
    return code;
  };
  const format = /\.(svg|png|pdf)$/i.exec(options.out)?.[1]?.toLowerCase() as OutputFormat | undefined;
  if (!format) return fail(messages.outExtension(options.out), EXIT.usage);
  const png = format === 'png';
  const size = pageSizeOption(options, format, messages);
  if (!size.ok) return fail(size.message, EXIT.usage);
  const text = choiceOption('--text', options.text ?? 'embed', TEXT_MODES, messages);
  if (!text.ok) return fail(text.message, EXIT.usage);
  const { width, height } = size.value;
  const scale = numberOption('--scale', options.scale ?? '2', SCALE_RANGE, messages);
  if (!scale.ok) return fail(scale.message, EXIT.usage);
  const lang = langOption(options.lang ?? 'fr', messages);
  if (!lang.ok) return fail(lang.message, EXIT.usage);
  const theme = choiceOption('--theme', options.theme ?? 'light', STATIC_THEMES, messages);
  if (!theme.ok) return fail(theme.message, EXIT.usage);
  // Checked before anything is drawn: the rasteriser allocates the whole image at once.
  const pixels = Math.round(width * scale.value) * Math.round(height * scale.value);
  if (png && pixels > MAX_PNG_PIXELS) return fail(messages.tooManyPixels(pixels, MAX_PNG_PIXELS), EXIT.usage);

  const input = await readInput(io, options.file, messages);
  if ('reason' in input) return fail(messages.cannotRead(options.file, input.reason), EXIT.invalid);
  const result = parseCatalogue(input.text);
  if (!result.ok) {
    for (const located of locateIssues(input.text, result).errors)
      for (const line of issueLines(options.file, located, messageLocale(lang.value), messages)) io.stderr(`${line}\n`);
    return EXIT.invalid;
  }
  let data: string | Uint8Array;
  try {
    data = await renderOutput(result.catalogue, {
      ...size.value,
      format,
      lang: lang.value ?? 'fr',
      petal: options.petal,
      theme: theme.value,
      text: text.value,
      scale: scale.value,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(messages.renderFailed(reason.split('\n')[0] ?? reason), EXIT.invalid);
  }
  const written = await writeOutput(io, options.out, data, messages);
  if (written !== undefined) return fail(written, EXIT.invalid);
  io.stderr(`${messages.wrote(options.out)}\n`);
  return EXIT.ok;
}
