import { afterEach, describe, expect, it } from 'vitest';
import { documentedPolicy } from '../../../packages/examples/src/documented.js';
import { until } from '../../helpers/element.js';

type ProbedWindow = Window & { __cspViolations?: string[]; __uncaught?: string[]; __fleurErrors?: string[] };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/**
 * The README's policy for every feature (`src` fetches, PNG export, Lit's Trusted Types policy), read from the README
 * itself, so the policy a reader copies is the one tested.
 */
const FULL_POLICY = documentedPolicy(await (await fetch('/README.md')).text());

/** The same without `img-src data:`: everything but PNG export works. */
const NO_DATA_IMAGES = FULL_POLICY.replace("img-src 'self' data:", "img-src 'self'");

/** A page under `policy` loading the drop-in bundle (`npm test` builds it first), as an intranet page would. */
function pageUnder(policy: string, body: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '900px';
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" src="/tests/helpers/csp-probe.ts"></script>
    <script type="module" src="/__fleur__/flower/dist/fleur-pleine-sante.js"></script>
  </head><body>${body}</body></html>`;
  document.body.append(iframe);
  return iframe;
}

const win = () => frame?.contentWindow as ProbedWindow | null;
const flower = (id: string) => win()?.document.getElementById(id) as (HTMLElement & Record<string, never>) | null;
const root = (id: string) => flower(id)?.shadowRoot ?? null;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function click(node: Element | null | undefined): void {
  if (!node) throw new Error('nothing to click');
  node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

describe('<fleur-pleine-sante> under the README Content-Security-Policy', () => {
  it(`goes through every state with no violation of "${FULL_POLICY}"`, async () => {
    frame = pageUnder(
      FULL_POLICY,
      `<fleur-pleine-sante id="a" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>
       <fleur-pleine-sante id="b" src="/__fleur__/status/404"></fleur-pleine-sante>
       <fleur-pleine-sante id="c" theme="dark" view="table" lang="en" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>`,
    );
    await until(() => expect(root('a')?.querySelectorAll('[data-id]').length).toBeGreaterThan(40), 15_000);
    await until(() => expect(root('b')?.querySelector('[role="alert"]')).not.toBeNull(), 15_000);
    await until(() => expect(root('c')?.querySelector('table')).not.toBeNull(), 15_000);
    const a = flower('a')!;
    // Hover, select (details panel), zoom, filter, search, table view, back.
    const mark = root('a')!.querySelector('[data-id]')!;
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    click(mark);
    await pause(100);
    expect(root('a')!.querySelector('[part="details"]')).not.toBeNull();
    a.setAttribute('petal', 'social');
    a.setAttribute('kinds', 'offer');
    a.setAttribute('query', 'santé');
    await pause(100);
    a.setAttribute('view', 'table');
    await pause(100);
    a.removeAttribute('view');
    a.removeAttribute('petal');
    // A catalogue property with no items: the empty state.
    (flower('c') as unknown as { catalogue: unknown }).catalogue = {
      version: 1,
      id: 'empty',
      defaultLocale: 'fr',
      title: 'Vide',
      petals: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      factors: [{ id: 'f', petal: 'a', label: 'F' }],
      kinds: [{ id: 'k', label: 'K' }],
      audiences: [],
      objectives: [],
      items: [],
    };
    await pause(150);
    // Both exports.
    const exporter = a as unknown as { toSVG(): Promise<string | undefined>; toPNG(): Promise<Blob | undefined> };
    expect(await exporter.toSVG()).toContain('<svg');
    const png = await exporter.toPNG();
    expect(png?.type).toBe('image/png');
    await pause(200);
    expect(win()!.__cspViolations).toEqual([]);
    expect(win()!.__uncaught).toEqual([]);
  }, 40_000);
});

describe('<fleur-pleine-sante> PNG export on a page that forbids data: images', () => {
  it('toPNG() rejects with a readable, localized error; the PNG button shows it; nothing is uncaught', async () => {
    frame = pageUnder(
      NO_DATA_IMAGES,
      '<fleur-pleine-sante id="a" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(root('a')?.querySelectorAll('[data-id]').length).toBeGreaterThan(40), 15_000);
    const exporter = flower('a') as unknown as { toPNG(): Promise<Blob | undefined> };
    const failure = await exporter.toPNG().then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(failure).toContain('L’export PNG est bloqué par la politique de sécurité');
    click(root('a')!.querySelector('[data-export="png"]'));
    await until(() =>
      expect(root('a')!.querySelector('[part="export-error"][role="alert"]')?.textContent).toContain('img-src data:'),
    );
    expect(win()!.__uncaught).toEqual([]);
  }, 30_000);
});

describe("<fleur-pleine-sante> on a page that allows no Trusted Types policy (trusted-types 'none')", () => {
  const NO_POLICY = FULL_POLICY.replace('trusted-types lit-html', "trusted-types 'none'");

  it('loads without an uncaught error, says in plain text which policy to allow, and fires fleur-error', async () => {
    frame = pageUnder(
      NO_POLICY,
      `<fleur-pleine-sante id="a" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>
       <fleur-pleine-sante id="b" lang="en" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>`,
    );
    await until(() => expect(root('a')?.querySelector('[role="alert"]')).toBeTruthy(), 15_000);
    await until(() => expect(root('b')?.querySelector('[role="alert"]')).toBeTruthy(), 15_000);
    const notice = root('a')!.querySelector('[role="alert"]')!;
    expect(notice.getAttribute('part')).toBe('error');
    expect(notice.textContent).toContain('trusted-types lit-html');
    expect(notice.textContent).toContain('La fleur ne peut pas s’afficher');
    expect(root('b')!.querySelector('[role="alert"]')!.textContent).toContain('The flower cannot be drawn');
    await until(() => expect(win()!.__fleurErrors).toEqual(['render-blocked render', 'render-blocked render']));
    await pause(300);
    expect(win()!.__uncaught).toEqual([]);
    // Still one notice each: the element does not try again on every update.
    flower('a')!.setAttribute('view', 'table');
    await pause(100);
    expect(root('a')!.querySelectorAll('[role="alert"]').length).toBe(1);
    expect(win()!.__fleurErrors).toHaveLength(2);
  }, 40_000);

  it("trusted-types 'none' without require-trusted-types-for: the flower draws as usual", async () => {
    frame = pageUnder(
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; trusted-types 'none'",
      '<fleur-pleine-sante id="a" src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>',
    );
    await until(() => expect(root('a')?.querySelectorAll('[data-id]').length).toBeGreaterThan(40), 15_000);
    await pause(200);
    expect(win()!.__uncaught).toEqual([]);
    expect(win()!.__fleurErrors).toEqual([]);
  }, 40_000);
});
