import { messageLocale, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import { renderFleurHtml, THEME_TOKENS, type ThemeName } from 'fleur-pleine-sante/static.js';
import { type CommandIO, EXIT } from '../io.js';
import { issueLines } from '../issue-report.js';
import { cliMessages } from '../messages.js';
import { choiceOption, langOption, MAX_PNG_PIXELS, numberOption, SCALE_RANGE } from '../options.js';
import { pageSizeOption } from '../page/page-size.js';
import { renderOutput } from '../page/render-output.js';
import { TEXT_MODES } from '../page/render-page.js';
import { readInput, writeOutput } from '../read-input.js';
import { locateIssues } from '../source/located-issues.js';

/** The themes a static picture can be drawn in. */
const STATIC_THEMES = Object.keys(THEME_TOKENS) as ThemeName[];

/** What `render` writes: a page (picture or PDF), or the element with its drawing in a declarative shadow root. */
const FORMATS = ['svg', 'png', 'pdf', 'html'] as const;

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
  /** `svg`, `png`, `pdf` or `html`; by default the extension of `out`. */
  readonly format?: string | undefined;
  /** HTML: the URL the element loads its catalogue from (else the catalogue is written inline). */
  readonly src?: string | undefined;
  /** HTML: `false` for an offer page's element, without controls (`--no-controls`). */
  readonly controls?: boolean | undefined;
}

/** The format asked for, else the one `out`'s extension names (`.htm` is HTML too). */
function formatOf(options: RenderOptions): string | undefined {
  if (options.format !== undefined) return options.format.toLowerCase();
  const extension = /\.(svg|png|pdf|html?)$/i.exec(options.out)?.[1]?.toLowerCase();
  return extension === 'htm' ? 'html' : extension;
}

/**
 * `fleur render <file> --out <file.svg|file.png|file.pdf|file.html>`: a page of the kit (title, named flower, legend,
 * source line) as a self-contained SVG, a PNG or a vector PDF, or the element with its drawing as HTML; the
 * catalogue validated first.
 */
export async function renderCommand(options: RenderOptions, io: CommandIO): Promise<number> {
  const messages = cliMessages(messageLocale(options.lang));
  const fail = (message: string, code: number) => {
    io.stderr(`${message}\n`);
    return code;
  };
  const format = choiceOption('--format', formatOf(options) ?? '', FORMATS, messages);
  if (!format.ok)
    return fail(options.format === undefined ? messages.outExtension(options.out) : format.message, EXIT.usage);
  const png = format.value === 'png';
  const size = pageSizeOption(options, format.value === 'html' ? 'svg' : format.value, messages);
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
    if (format.value === 'html') {
      data = await renderFleurHtml(result.catalogue, {
        width,
        lang: lang.value ?? 'fr',
        petal: options.petal,
        theme: theme.value,
        src: options.src,
        noControls: options.controls === false,
      });
      return await written(io, options.out, data, messages);
    }
    data = await renderOutput(result.catalogue, {
      ...size.value,
      format: format.value,
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
  return written(io, options.out, data, messages);
}

/** Writes the output and says so; a failure to write is reported (exit 1). */
async function written(
  io: CommandIO,
  out: string,
  data: string | Uint8Array,
  messages: ReturnType<typeof cliMessages>,
): Promise<number> {
  const failure = await writeOutput(io, out, data, messages);
  if (failure !== undefined) {
    io.stderr(`${failure}\n`);
    return EXIT.invalid;
  }
  io.stderr(`${messages.wrote(out)}\n`);
  return EXIT.ok;
}
