import { formatIssue, messageLocale, parseCatalogue } from '@fleur/catalogue';
import { Resvg } from '@resvg/resvg-js';
import { type CommandIO, EXIT } from '../io.js';
import { renderStaticSvg } from '../static-render.js';

export interface RenderOptions {
  readonly file: string;
  readonly out: string;
  readonly width: number;
  readonly height: number;
  readonly lang?: string | undefined;
  readonly petal?: string | undefined;
  readonly theme?: string | undefined;
  /** PNG pixel density (2 for slides and print). */
  readonly scale?: number | undefined;
}

/** `fleur render <file> --out <file.svg|file.png>`: the flower as a static SVG or PNG, validated first. */
export async function renderCommand(options: RenderOptions, io: CommandIO): Promise<number> {
  const lang = options.lang ?? 'fr';
  if (!/\.(svg|png)$/i.test(options.out)) {
    io.stderr(`--out must end with .svg or .png, got ${options.out}\n`);
    return EXIT.usage;
  }
  if (!(options.width >= 280 && options.width <= 4000 && options.height >= 200 && options.height <= 4000)) {
    io.stderr('--width must be 280–4000 and --height 200–4000\n');
    return EXIT.usage;
  }
  const result = parseCatalogue(await io.readText(options.file));
  if (!result.ok) {
    for (const issue of result.issues) io.stderr(`${formatIssue(issue, messageLocale(lang))}\n`);
    return EXIT.invalid;
  }
  const theme = options.theme === 'dark' ? 'dark' : 'light';
  const svg = renderStaticSvg(result.catalogue, {
    width: options.width,
    height: options.height,
    lang,
    petal: options.petal,
    theme,
  });
  if (/\.svg$/i.test(options.out)) await io.writeFile(options.out, svg);
  else {
    const scale = options.scale ?? 2;
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(options.width * scale) },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    await io.writeFile(options.out, png);
  }
  io.stderr(`Wrote ${options.out}\n`);
  return EXIT.ok;
}
