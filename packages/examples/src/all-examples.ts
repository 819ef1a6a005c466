import { cmsExample } from './cms.js';
import type { Example } from './example.js';
import { intranetExample } from './intranet.js';
import { eleventyExample } from './eleventy.js';
import { nextExample } from './next.js';
import { reactExample } from './react.js';

/** Every example, in the order the tests open them. */
export const EXAMPLES: readonly Example[] = [cmsExample, intranetExample, reactExample, eleventyExample, nextExample];
