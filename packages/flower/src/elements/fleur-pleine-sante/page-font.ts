import { cssFamilyName, type StaticFont } from '../../render/static-svg.js';

/** The font an export of the page carries, and how: embedded from the page's own `@font-face`, or named only. */
export interface PageFont {
  /** The family the element is drawn with (the first of its font list). */
  readonly family: string;
  /** The font's faces, inside the export; absent when the export names the family only. */
  readonly font?: StaticFont;
}

/** The first family of a CSS font list, unquoted (`"Open Sans", sans-serif` → `Open Sans`). */
export function firstFamily(list: string): string {
  const first = list.split(',')[0]?.trim() ?? '';
  return first.replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** Every rule of the document's stylesheets it may read (other origins' sheets throw), imports included. */
function* readableRules(sheets: Iterable<CSSStyleSheet>): Generator<CSSRule> {
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (rule instanceof CSSImportRule && rule.styleSheet) yield* readableRules([rule.styleSheet]);
      else yield rule;
    }
  }
}

/** The first `url(…)` of a `src` descriptor, resolved against its stylesheet, and its `format(…)` if given. */
function fontSource(rule: CSSFontFaceRule): { url: URL; format: string | null } | undefined {
  const src = rule.style.getPropertyValue('src');
  const match = /url\(\s*(["']?)([^"')]+)\1\s*\)(?:\s*format\(\s*["']?([\w-]+)["']?\s*\))?/.exec(src);
  if (!match?.[2]) return undefined;
  try {
    return { url: new URL(match[2], rule.parentStyleSheet?.href ?? document.baseURI), format: match[3] ?? null };
  } catch {
    return undefined;
  }
}

/** A media type as a data: URL may carry it (`font/woff2`), else the generic one. */
function mediaType(type: string): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : 'application/octet-stream';
}

/**
 * The file at `url` as a base64 `data:` URL (its media type checked, its body only base64 characters: nothing in
 * it can end the CSS rule), or `undefined` when it cannot be read (a CSP, a 404, a network error).
 */
async function dataUrl(url: URL): Promise<string | undefined> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const blob = await response.blob();
    const read = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
      reader.onerror = () => resolve('');
      reader.readAsDataURL(blob);
    });
    const base64 = read.slice(read.indexOf('base64,') + 'base64,'.length);
    if (!read.includes('base64,') || !/^[A-Za-z0-9+/=]+$/.test(base64)) return undefined;
    return `data:${mediaType(blob.type)};base64,${base64}`;
  } catch {
    return undefined;
  }
}

/** One face as a rule of the export: the family, its weight and style, its file inside the rule. */
async function embeddedFace(rule: CSSFontFaceRule, family: string): Promise<string | undefined> {
  const source = fontSource(rule);
  // Same origin only: an export never calls another server, and the page's own files are what it may read.
  if (!source || source.url.origin !== location.origin) return undefined;
  const data = await dataUrl(source.url);
  if (!data) return undefined;
  const weight = rule.style.getPropertyValue('font-weight').replace(/[^\w\s]/g, '') || 'normal';
  const style = rule.style.getPropertyValue('font-style').replace(/[^\w\s]/g, '') || 'normal';
  const format = source.format ? ` format("${source.format.replace(/[^\w-]/g, '')}")` : '';
  return `@font-face { font-family: ${cssFamilyName(family)}; font-weight: ${weight}; font-style: ${style}; src: url(${data})${format}; }`;
}

/**
 * The font the element is drawn with, for an export: when the page declares it with `@font-face` in a stylesheet
 * the element can read and serves its files from its own origin, each face is fetched and carried inside the
 * export as a `data:` URL, so the export looks the same on a machine without the font. Otherwise (a system font, a
 * font from another origin, a blocked request) the export names the family only, and says so.
 */
export async function pageFont(host: Element): Promise<PageFont> {
  const style = getComputedStyle(host);
  // The page's `--fleur-font-family` when the browser parses it as font names; else the font the host is drawn in.
  const declared = style.getPropertyValue('--_font').trim();
  const family = firstFamily(declared && CSS.supports('font-family', declared) ? declared : style.fontFamily);
  const wanted = family.toLowerCase();
  const rules = [...readableRules(document.styleSheets)].filter(
    (rule): rule is CSSFontFaceRule =>
      rule instanceof CSSFontFaceRule &&
      firstFamily(rule.style.getPropertyValue('font-family')).toLowerCase() === wanted,
  );
  const faces = (await Promise.all(rules.map((rule) => embeddedFace(rule, family)))).filter(
    (face): face is string => face !== undefined,
  );
  return faces.length > 0 && family !== '' ? { family, font: { family, faces: faces.join('\n') } } : { family };
}
