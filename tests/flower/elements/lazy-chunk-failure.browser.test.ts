import { afterEach, describe, expect, it } from 'vitest';
import { drawnItemIds, until } from '../../helpers/element.js';

type ProbedWindow = Window & { __cspViolations?: string[]; __uncaught?: string[] };
type Exporter = HTMLElement & { toSVG(): Promise<string | undefined>; toPNG(): Promise<Blob | undefined> };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** A folder of its own for each page, so the request counts of tests running side by side never mix. */
const folder = (mode: string) => `${mode}-${Math.random().toString(36).slice(2, 10)}`;
const base = (dir: string) => `/__fleur__/chunk-fails/${dir}`;

/** A CMS page loading the drop-in's main file (`npm test` builds it first) from a folder whose lazy chunk fails. */
function page(dir: string, { lang = 'fr', policy }: { lang?: string; policy?: string } = {}): void {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '900px';
  const csp = policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : '';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head>${csp}
    <script type="module" src="/tests/helpers/csp-probe.ts"></script>
    <script type="module" src="${base(dir)}/fleur-pleine-sante.js"></script>
  </head><body><fleur-pleine-sante id="a" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante></body></html>`;
  document.body.append(iframe);
  frame = iframe;
}

const win = () => frame?.contentWindow as ProbedWindow | null;
const flower = () => win()?.document.getElementById('a') as Exporter | null;
const root = () => flower()?.shadowRoot ?? null;
const chunkRequests = async (dir: string) =>
  (await (await fetch(`/__fleur__/chunk-fails/count?dir=${dir}`)).json()) as number;

/** What a reader does while looking: 20 hovers and clicks over the marks. */
function hoverAndClick(times: number): void {
  const marks = [...(root()?.querySelectorAll('[part~="item"][data-id]') ?? [])];
  for (let i = 0; i < times; i++) {
    const mark = marks[i % marks.length]!;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  }
}

describe('<fleur-pleine-sante> when its lazy chunk fails', () => {
  it.each([
    ['a 404', '404'],
    ['a 500', '500'],
    ['an HTML error page', 'html'],
    ['a syntax error', 'syntax'],
  ])(
    '%s: one request, a notice where the controls would be, toSVG() rejects in words, nothing uncaught',
    async (_name, mode) => {
      const dir = folder(mode);
      page(dir);
      // The flower is drawn without the chunk: every item as a mark or in a count badge.
      await until(() => expect(new Set(drawnItemIds(flower()!)).size).toBe(73), 15_000);
      await until(() => expect(root()?.querySelector('.controls--unavailable')).toBeTruthy(), 15_000);
      const notice = root()!.querySelector('.controls--unavailable')!;
      expect(notice.getAttribute('part')).toBe('controls');
      expect(notice.textContent).toContain('n’ont pas pu être chargés');
      expect(notice.querySelector('button')?.textContent).toBe('Réessayer');
      hoverAndClick(20);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const requests = await chunkRequests(dir);
      console.log(`lazy chunk ${mode}: ${requests} request(s) after 20 hovers and clicks`);
      // The first request, and at most one retry if a click came after the 2 s back-off on a slow machine.
      expect(requests).toBeGreaterThanOrEqual(1);
      expect(requests).toBeLessThanOrEqual(2);
      const failure = await flower()!
        .toSVG()
        .then(
          () => 'resolved',
          (error: Error) => `${error.name}: ${error.message}`,
        );
      expect(failure).toMatch(/^ExportImageError: L’export n’a pas pu être chargé/);
      const png = await flower()!
        .toPNG()
        .then(
          () => 'resolved',
          (error: Error) => error.message,
        );
      expect(png).toContain('L’export n’a pas pu être chargé');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(win()!.__uncaught).toEqual([]);
    },
    40_000,
  );

  it('blocked by the page’s CSP: a notice, an English error in an English page, nothing uncaught', async () => {
    const dir = folder('404');
    const origin = location.origin;
    // Only the main file and the probe may run: the chunk beside them is refused by the browser itself.
    const policy = `script-src ${origin}${base(dir)}/fleur-pleine-sante.js ${origin}/tests/helpers/csp-probe.ts; connect-src 'self'`;
    page(dir, { lang: 'en', policy });
    // The flower is drawn without the chunk: every item as a mark or in a count badge.
    await until(() => expect(new Set(drawnItemIds(flower()!)).size).toBe(73), 15_000);
    await until(() => expect(root()?.querySelector('.controls--unavailable')).toBeTruthy(), 15_000);
    expect(root()!.querySelector('.controls--unavailable')?.textContent).toContain('could not be loaded');
    expect(await chunkRequests(dir)).toBe(0);
    const failure = await flower()!
      .toSVG()
      .then(
        () => 'resolved',
        (error: Error) => error.message,
      );
    expect(failure).toContain('The export could not be loaded');
    expect(win()!.__uncaught).toEqual([]);
  }, 40_000);

  it('the notice’s button asks again once its back-off has passed, and the controls come', async () => {
    const dir = folder('flaky');
    page(dir);
    await until(() => expect(root()?.querySelector('.controls--unavailable')).toBeTruthy(), 15_000);
    expect(await chunkRequests(dir)).toBe(1);
    // The first back-off is 2 s: a click before it asks nothing.
    root()!.querySelector<HTMLButtonElement>('.controls--unavailable button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    root()!.querySelector<HTMLButtonElement>('.controls--unavailable button')!.click();
    await until(() => expect(root()?.querySelector('[part="controls"] input[type="search"]')).toBeTruthy(), 15_000);
    expect(root()?.querySelector('.controls--unavailable')).toBeNull();
    expect(await chunkRequests(dir)).toBe(2);
    expect(await flower()!.toSVG()).toContain('<svg');
  }, 40_000);
});
