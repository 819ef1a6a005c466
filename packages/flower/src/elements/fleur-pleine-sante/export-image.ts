import { EXPORT_FORMAT_DECLARATIONS, type ExportFormat } from '../../attributes.js';
import type { Catalogue } from 'fleur-pleine-sante-catalogue';
import { messagesFor } from '../../i18n/all-messages.js';
import { ExportImageError } from './export-error.js';
import type { Messages } from '../../i18n/index.js';
import { browserGrammar } from '../../render/css-values.js';
import { pageStyles } from '../../render/page-styles.js';
import type { StaticColors } from '../../render/static-svg.js';

/**
 * The `--fleur-*` colours and font family the page set on (or above) the element, read once for an export and kept
 * only when the browser's own CSS grammar parses them as such (see {@link pageStyles}): a page cannot smuggle
 * markup, `rgb(expression(…))`, an `@import` or a remote `url()` into the exported file.
 */
export function pageColors(host: Element, catalogue: Catalogue): StaticColors {
  const style = getComputedStyle(host);
  return pageStyles((property) => style.getPropertyValue(property), catalogue, browserGrammar);
}

/** Largest PNG side, in pixels: past it canvases fail (or eat the memory of a phone). */
const MAX_PNG_SIDE = 8_192;

/**
 * Rasterises an SVG document at `scale` (2 for slides and print) through a `data:` URL, so a strict CSP needs only
 * `img-src data:` (no `blob:`). Rejects with an {@link ExportImageError} in the reader's language when the page
 * forbids it or the browser cannot encode the image; `messages` default to the page's language.
 */
export async function pngFromSvg(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
  messages: Messages = messagesFor(document.documentElement.lang),
): Promise<Blob> {
  const factor = Number.isFinite(scale) && scale > 0 ? Math.min(scale, MAX_PNG_SIDE / Math.max(width, height, 1)) : 2;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  try {
    await image.decode();
  } catch {
    // A CSP without `img-src data:` (or a broken document): the browser only says « cannot be decoded ».
    throw new ExportImageError(messages.exportBlocked);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportImageError(messages.exportFailed))), 'image/png'),
  );
}

/** What the export buttons export: the element, through its public methods. */
export interface ExportHost {
  toSVG(): Promise<string | undefined>;
  toPNG(): Promise<Blob | undefined>;
  readonly shadowRoot: ShadowRoot | null;
}

/** How long an export error stays on screen (it is also announced at once through `role="alert"`). */
const NOTICE_MS = 10_000;

/**
 * The export buttons: the element's `toSVG()` or `toPNG()` offered as a file named after the catalogue. A failed
 * export (a CSP without `img-src data:`) never becomes an uncaught error: its localized message is shown beside the
 * drawing until the next export, in an alert of its own (`part="export-error"`).
 */
export async function downloadExport(element: ExportHost, name: string, format: ExportFormat): Promise<void> {
  clearNotice(element.shadowRoot);
  try {
    const { method, mediaType } = EXPORT_FORMAT_DECLARATIONS[format];
    const made = await element[method]();
    const data = typeof made === 'string' ? new Blob([made], { type: mediaType }) : made;
    if (data) download(data, `${name}.${format}`);
  } catch (error) {
    const message =
      error instanceof ExportImageError ? error.message : messagesFor(document.documentElement.lang).exportFailed;
    showNotice(element.shadowRoot, message);
  }
}

const NOTICE_CLASS = 'export-error';

function clearNotice(root: ShadowRoot | null): void {
  for (const notice of root?.querySelectorAll(`.${NOTICE_CLASS}`) ?? []) notice.remove();
}

/**
 * NOTE: the notice is appended after the element's rendered template, not inside it: it belongs to this one
 * action, not to the element's state, and Lit never reads or rewrites it (at worst a re-render removes it early).
 */
function showNotice(root: ShadowRoot | null, message: string): void {
  if (!root) return;
  const notice = document.createElement('p');
  notice.className = NOTICE_CLASS;
  notice.setAttribute('part', 'export-error');
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  root.append(notice);
  setTimeout(() => notice.remove(), NOTICE_MS);
}

/** Offers a file to the reader (a temporary link with `download`). */
function download(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
