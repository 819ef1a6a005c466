import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../../helpers/element.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

const POLICY = "default-src 'self'; style-src 'self'; script-src 'self'";

/**
 * A page under the strict policy intranet pages use, loading the drop-in bundle (`npm test` builds it first) from
 * the same origin, exactly as a CMS or intranet page would.
 */
function strictPage(body: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '900px';
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script type="module" src="/tests/helpers/csp-probe.ts"></script>
    <script type="module" src="/__fleur__/flower/dist/fleur-pleine-sante.js"></script>
  </head><body>${body}</body></html>`;
  document.body.append(iframe);
  return iframe;
}

describe('<fleur-pleine-sante> under a strict Content-Security-Policy', () => {
  it(`draws, styles and interacts with no violation of "${POLICY}"`, async () => {
    frame = strictPage('<fleur-pleine-sante src="/data/harmonie-mutuelle-2023.json"></fleur-pleine-sante>');
    const win = () => frame?.contentWindow as (Window & { __cspViolations?: string[] }) | null;
    const element = () => win()?.document.querySelector('fleur-pleine-sante');
    await until(() => expect(element()?.shadowRoot?.querySelectorAll('[data-id]').length).toBeGreaterThan(40), 15_000);
    const root = element()!.shadowRoot!;
    // Styles came through adoptedStyleSheets (no inline <style>, no style attributes).
    expect(win()!.getComputedStyle(element()!).display).toBe('block');
    const mark = root.querySelector<SVGElement>('[data-id]')!;
    mark.dispatchEvent(new PointerEvent('pointerenter', { bubbles: true }));
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win()!.__cspViolations).toEqual([]);
  });
});
