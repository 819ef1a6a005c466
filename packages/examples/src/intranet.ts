import { join } from 'node:path';
import type { Example } from './example.js';
import { exampleSource } from './example.js';
import { copyDropIn, newSite } from './site-files.js';

/**
 * The intranet's policy: everything from the site itself, and Trusted Types enforced, with Lit's one policy
 * (`lit-html`, the policy its templates use) the only one allowed.
 */
export const INTRANET_POLICY = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * An intranet page under `INTRANET_POLICY`, sent as a header: the drop-in self-hosted in vendor/fleur/ (copied from
 * the installed package), a catalogue and a page script of its own that shows the reader's choice.
 */
export const intranetExample: Example = {
  name: 'intranet',
  summary: `an intranet page under "${INTRANET_POLICY}"`,
  async build(project) {
    const root = newSite(project, exampleSource('intranet'), 'intranet');
    copyDropIn(project, join(root, 'vendor', 'fleur'));
    return { root, page: '/index.html', headers: { 'content-security-policy': INTRANET_POLICY }, dropIn: true };
  },
};
