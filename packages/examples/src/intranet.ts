import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentedPolicy } from './documented.js';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { copyDropIn, newSite, readme } from './site-files.js';

/**
 * The intranet's policy: the README's full policy, read from it — everything from the site itself, Trusted Types
 * enforced, Lit's one policy (`lit-html`) the only one allowed, and allowed twice (`'allow-duplicates'`) since the page
 * runs a Lit widget of its own beside the drop-in's Lit.
 */
export const INTRANET_POLICY = documentedPolicy(readme());

/**
 * An intranet page under `INTRANET_POLICY`, sent as a header: a news widget of the page's own written with Lit
 * (lit-html copied from the installed packages into vendor/lit-html/, loaded before the drop-in, so its Lit creates
 * the `lit-html` policy first), the drop-in self-hosted in vendor/fleur/ by the README's copy step, a catalogue and a
 * page script that shows the reader's choice.
 */
export const intranetExample: Example = {
  name: 'intranet',
  summary: 'an intranet page under the README policy, with a Lit widget of its own',
  async build(project) {
    const root = newSite(project, exampleSource('intranet'), 'intranet');
    copyDropIn(project, join(root, 'vendor', 'fleur'));
    mkdirSync(join(root, 'vendor', 'lit-html'), { recursive: true });
    copyFileSync(join(project.installed('lit-html'), 'lit-html.js'), join(root, 'vendor', 'lit-html', 'lit-html.js'));
    return { root, page: '/index.html', headers: { 'content-security-policy': INTRANET_POLICY }, dropIn: true };
  },
};
