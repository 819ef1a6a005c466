import { type Catalogue, messageLocale, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { renderFleurHtml, type StaticColors, THEME_TOKENS, type ThemeName } from 'fleur-pleine-sante/static.js';
import { stylesFromCss } from '../css-file.js';
import { type CommandIO, EXIT } from '../io.js';
import { issueLines } from '../issue-report.js';
import { type CliMessages, cliMessages } from '../messages.js';
import { choiceOption, langOption, MAX_PNG_PIXELS, numberOption, type Parsed, SCALE_RANGE } from '../options.js';
import { STANDARD_OUTPUT, writeOutput } from '../output.js';
import { type PageSize, pageSizeOption } from '../page/page-size.js';
import { renderOutput } from '../page/render-output.js';
import { TEXT_MODES, type TextMode } from '../page/render-page.js';
import { readInput } from '../read-input.js';
import { locateIssues } from '../source/located-issues.js';

/** The themes a static picture can be drawn in. */
const STATIC_THEMES = Object.keys(THEME_TOKENS) as ThemeName[];

/**
 * The formats `fleur render` writes: a page of the kit (picture or PDF), or the element with its drawing in a
 * declarative shadow root. A file's format is its extension (or `--format` when its name has none of these); standard
 * output's is `--format`, SVG by default.
 */
export const RENDER_FORMATS = ['svg', 'png', 'pdf', 'html'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The command line of `fleur render`, as typed (every value is checked here). */
export interface RenderOptions {
  readonly file: string;
  /** An output file ending in `.svg`, `.png`, `.pdf` or `.html`, or `-` for standard output. */
  readonly out: string;
  /**
   * `svg`, `png`, `pdf` or `html`: needed with `--out -` for anything but SVG, and for a file whose name has none of
   * those extensions; with one, it must agree with it.
   */
  readonly format?: string | undefined;
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
  /** HTML: the URL the element loads its catalogue from (else the catalogue is written inline). */
  readonly src?: string | undefined;
  /** HTML: `false` for an offer page's element, without controls (`--no-controls`). */
  readonly controls?: boolean | undefined;
  /** A CSS file whose `--fleur-*` colours and font family restyle the page, as on a web page (SVG, PNG, PDF). */
  readonly css?: string | undefined;
}

/** The options once checked. */
interface RenderSettings {
  readonly format: RenderFormat;
  readonly size: PageSize;
  readonly text: TextMode;
  readonly scale: number;
  readonly lang: string;
  readonly theme: ThemeName;
}

/** The format a file's extension names (`.htm` is HTML too), if any. */
function extensionFormat(out: string): RenderFormat | undefined {
  const extension = /\.(svg|png|pdf|html?)$/i.exec(out)?.[1]?.toLowerCase();
  return extension === 'htm' ? 'html' : (extension as RenderFormat | undefined);
}

/**
 * The output's format: `--format` if given (agreeing with a file's extension when it has one of ours), else the
 * extension; `-` is SVG.
 */
function outputFormat(out: string, format: string | undefined, messages: CliMessages): Parsed<RenderFormat> {
  const extension = out === STANDARD_OUTPUT ? undefined : extensionFormat(out);
  if (format === undefined) {
    if (out !== STANDARD_OUTPUT && extension === undefined) return { ok: false, message: messages.outExtension(out) };
    return { ok: true, value: extension ?? 'svg' };
  }
  const chosen = choiceOption('--format', format.toLowerCase(), RENDER_FORMATS, messages);
  if (chosen.ok && extension !== undefined && chosen.value !== extension)
    return { ok: false, message: messages.outExtension(out) };
  return chosen;
}

/** Every option checked against its documented range, in order; the first wrong one is the message. */
function renderSettings(options: RenderOptions, messages: CliMessages): Parsed<RenderSettings> {
  const format = outputFormat(options.out, options.format, messages);
  if (!format.ok) return format;
  const size = pageSizeOption(options, format.value === 'html' ? 'svg' : format.value, messages);
  if (!size.ok) return size;
  const text = choiceOption('--text', options.text ?? 'embed', TEXT_MODES, messages);
  if (!text.ok) return text;
  const scale = numberOption('--scale', options.scale ?? '2', SCALE_RANGE, messages);
  if (!scale.ok) return scale;
  const lang = langOption(options.lang ?? 'fr', messages);
  if (!lang.ok) return lang;
  const theme = choiceOption('--theme', options.theme ?? 'light', STATIC_THEMES, messages);
  if (!theme.ok) return theme;
  // Checked before anything is drawn: the rasteriser allocates the whole image at once.
  const pixels = Math.round(size.value.width * scale.value) * Math.round(size.value.height * scale.value);
  if (format.value === 'png' && pixels > MAX_PNG_PIXELS)
    return { ok: false, message: messages.tooManyPixels(pixels, MAX_PNG_PIXELS) };
  const checked = { size: size.value, text: text.value, scale: scale.value, theme: theme.value };
  return { ok: true, value: { ...checked, format: format.value, lang: lang.value ?? 'fr' } };
}

/** The page's bytes (PNG, PDF) or text (SVG), or the element's markup (HTML). */
function draw(
  catalogue: Catalogue,
  settings: RenderSettings,
  options: RenderOptions,
  styles: StaticColors,
): Promise<string | Uint8Array> {
  const { format, size, lang, theme } = settings;
  if (format === 'html')
    return renderFleurHtml(catalogue, {
      width: size.width,
      lang,
      petal: options.petal,
      theme,
      src: options.src,
      noControls: options.controls === false,
    });
  return renderOutput(catalogue, {
    ...size,
    format,
    lang,
    petal: options.petal,
    theme,
    text: settings.text,
    scale: settings.scale,
    styles,
  });
}

/**
 * The page's colours and font family from `--css` (none without it), each refused declaration said on stderr
 * in one line; or the one-line failure when the file cannot be read.
 */
async function cssStyles(
  io: CommandIO,
  path: string | undefined,
  catalogue: Catalogue,
  messages: CliMessages,
): Promise<StaticColors | { failure: string }> {
  if (path === undefined) return {};
  const input = await readInput(io, path, messages);
  if ('reason' in input) return { failure: messages.cannotRead(path, input.reason) };
  const { dropped, ...styles } = stylesFromCss(input.text, catalogue);
  for (const { property, kind } of dropped) io.stderr(`${messages.cssValueDropped(property, kind)}\n`);
  return styles;
}

/** Writes `message` on stderr and returns `code`. */
function failed(io: CommandIO, message: string, code: number): number {
  io.stderr(`${message}\n`);
  return code;
}

/** The catalogue of `file` once valid, else the exit code after its errors were reported as by `validate`. */
async function validCatalogue(
  io: CommandIO,
  file: string,
  lang: string,
  messages: CliMessages,
): Promise<Catalogue | number> {
  const input = await readInput(io, file, messages);
  if ('reason' in input) return failed(io, messages.cannotRead(file, input.reason), EXIT.invalid);
  const result = parseCatalogue(input.text);
  if (result.ok) return result.catalogue;
  const locale = messageLocale(lang);
  for (const located of locateIssues(input.text, result).errors)
    for (const line of issueLines(file, located, locale, messages)) io.stderr(`${line}\n`);
  return EXIT.invalid;
}

/**
 * `fleur render <file> --out <file.svg|file.png|file.pdf|file.html|->`: a page of the kit (title, named flower,
 * legend, source line) as a self-contained SVG, a PNG or a vector PDF, or the element with its drawing in a
 * declarative shadow root (HTML); the catalogue is validated first.
 */
export async function renderCommand(options: RenderOptions, io: CommandIO): Promise<number> {
  const messages = cliMessages(messageLocale(options.lang));
  const settings = renderSettings(options, messages);
  if (!settings.ok) return failed(io, settings.message, EXIT.usage);
  // A page styles the element itself: --css restyles a picture only.
  if (settings.value.format === 'html' && options.css !== undefined)
    return failed(io, messages.cssNotForHtml, EXIT.usage);
  const catalogue = await validCatalogue(io, options.file, settings.value.lang, messages);
  if (typeof catalogue === 'number') return catalogue;
  const styles = await cssStyles(io, options.css, catalogue, messages);
  if ('failure' in styles) return failed(io, styles.failure, EXIT.invalid);
  let data: string | Uint8Array;
  try {
    data = await draw(catalogue, settings.value, options, styles);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(io, messages.renderFailed(reason.split('\n')[0] ?? reason), EXIT.invalid);
  }
  const written = await writeOutput(io, options.out, data, messages);
  if (written !== undefined) return failed(io, written, EXIT.invalid);
  if (options.out !== STANDARD_OUTPUT) io.stderr(`${messages.wrote(options.out)}\n`);
  return EXIT.ok;
}
