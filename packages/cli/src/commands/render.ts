import { type Catalogue, messageLocale, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { renderFleurHtml, type StaticColors, THEME_TOKENS, type ThemeName } from 'fleur-pleine-sante/static.js';
import { Resvg } from '@resvg/resvg-js';
import { stylesFromCss } from '../css-file.js';
import { type CommandIO, EXIT } from '../io.js';
import { issueLines } from '../issue-report.js';
import { type CliMessages, cliMessages } from '../messages.js';
import {
  choiceOption,
  HEIGHT_RANGE,
  integerOption,
  langOption,
  MAX_PNG_PIXELS,
  numberOption,
  type Parsed,
  SCALE_RANGE,
  WIDTH_RANGE,
} from '../options.js';
import { STANDARD_OUTPUT, writeOutput } from '../output.js';
import { readInput } from '../read-input.js';
import { locateIssues } from '../source/located-issues.js';
import { renderStaticSvg } from '../static-render.js';

/** The themes a static picture can be drawn in. */
const STATIC_THEMES = Object.keys(THEME_TOKENS) as ThemeName[];

/**
 * The formats `fleur render` writes: a picture, or the element with its drawing in a declarative shadow root. A file's
 * format is its extension (or `--format` when its name has none of these); standard output's is `--format`, SVG by
 * default.
 */
export const RENDER_FORMATS = ['svg', 'png', 'html'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** The command line of `fleur render`, as typed (every value is checked here). */
export interface RenderOptions {
  readonly file: string;
  /** An output file ending in `.svg`, `.png` or `.html`, or `-` for standard output. */
  readonly out: string;
  /**
   * `svg`, `png` or `html`: needed with `--out -` for anything but SVG, and for a file whose name has none of those
   * extensions; with one, it must agree with it.
   */
  readonly format?: string | undefined;
  /** Drawing width, 280–4000 (default 1200). */
  readonly width?: string | undefined;
  /** Drawing height, 200–4000 (default 900). */
  readonly height?: string | undefined;
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
  /** A CSS file whose `--fleur-*` colours and font family restyle the drawing, as on a page (SVG and PNG). */
  readonly css?: string | undefined;
}

/** The options once checked. */
interface RenderSettings {
  readonly format: RenderFormat;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly lang: string;
  readonly theme: ThemeName;
}

/** The format a file's extension names (`.htm` is HTML too), if any. */
function extensionFormat(out: string): RenderFormat | undefined {
  const extension = /\.(svg|png|html?)$/i.exec(out)?.[1]?.toLowerCase();
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
  const chosen = choiceOption('--format', format, RENDER_FORMATS, messages);
  if (chosen.ok && extension !== undefined && chosen.value !== extension)
    return { ok: false, message: messages.outExtension(out) };
  return chosen;
}

/** Every option checked against its documented range, in order; the first wrong one is the message. */
function renderSettings(options: RenderOptions, messages: CliMessages): Parsed<RenderSettings> {
  const format = outputFormat(options.out, options.format, messages);
  if (!format.ok) return format;
  const width = integerOption('--width', options.width ?? '1200', WIDTH_RANGE, messages);
  if (!width.ok) return width;
  const height = integerOption('--height', options.height ?? '900', HEIGHT_RANGE, messages);
  if (!height.ok) return height;
  const scale = numberOption('--scale', options.scale ?? '2', SCALE_RANGE, messages);
  if (!scale.ok) return scale;
  const lang = langOption(options.lang ?? 'fr', messages);
  if (!lang.ok) return lang;
  const theme = choiceOption('--theme', options.theme ?? 'light', STATIC_THEMES, messages);
  if (!theme.ok) return theme;
  // Checked before anything is drawn: the rasteriser allocates the whole image at once.
  const pixels = Math.round(width.value * scale.value) * Math.round(height.value * scale.value);
  if (format.value === 'png' && pixels > MAX_PNG_PIXELS)
    return { ok: false, message: messages.tooManyPixels(pixels, MAX_PNG_PIXELS) };
  const settings = { width: width.value, height: height.value, scale: scale.value, theme: theme.value };
  return { ok: true, value: { ...settings, format: format.value, lang: lang.value ?? 'fr' } };
}

/** The picture's bytes (PNG) or text (SVG), or the element's markup (HTML). */
async function draw(
  catalogue: Catalogue,
  settings: RenderSettings,
  options: RenderOptions,
  styles: StaticColors,
): Promise<string | Uint8Array> {
  const { width, height, lang, theme, scale } = settings;
  const { petal } = options;
  if (settings.format === 'html')
    return renderFleurHtml(catalogue, {
      width,
      lang,
      petal,
      theme,
      src: options.src,
      noControls: options.controls === false,
    });
  const svg = renderStaticSvg(catalogue, { width, height, lang, petal, theme, styles });
  if (settings.format === 'svg') return svg;
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
}

/**
 * The drawing's colours and font family from `--css` (none without it), each refused declaration said on stderr
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

/**
 * `fleur render <file> --out <file.svg|file.png|file.html|->`: the flower as a static SVG or PNG, or the element with
 * its drawing in a declarative shadow root (HTML); the catalogue is validated first.
 */
export async function renderCommand(options: RenderOptions, io: CommandIO): Promise<number> {
  const messages = cliMessages(messageLocale(options.lang));
  const fail = (message: string, code: number) => {
    io.stderr(`${message}\n`);
    return code;
  };
  const settings = renderSettings(options, messages);
  if (!settings.ok) return fail(settings.message, EXIT.usage);
  // A page styles the element itself: --css restyles a picture only.
  if (settings.value.format === 'html' && options.css !== undefined) return fail(messages.cssNotForHtml, EXIT.usage);

  const input = await readInput(io, options.file, messages);
  if ('reason' in input) return fail(messages.cannotRead(options.file, input.reason), EXIT.invalid);
  const result = parseCatalogue(input.text);
  if (!result.ok) {
    const locale = messageLocale(settings.value.lang);
    for (const located of locateIssues(input.text, result).errors)
      for (const line of issueLines(options.file, located, locale, messages)) io.stderr(`${line}\n`);
    return EXIT.invalid;
  }
  const styles = await cssStyles(io, options.css, result.catalogue, messages);
  if ('failure' in styles) return fail(styles.failure, EXIT.invalid);
  let data: string | Uint8Array;
  try {
    data = await draw(result.catalogue, settings.value, options, styles);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(messages.renderFailed(reason.split('\n')[0] ?? reason), EXIT.invalid);
  }
  const written = await writeOutput(io, options.out, data, messages);
  if (written !== undefined) return fail(written, EXIT.invalid);
  if (options.out !== STANDARD_OUTPUT) io.stderr(`${messages.wrote(options.out)}\n`);
  return EXIT.ok;
}
