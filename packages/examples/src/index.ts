export { EXAMPLES } from './all-examples.js';
export { CMS_CDN_ORIGIN, cmsExample } from './cms.js';
export type { Example, ExampleSite } from './example.js';
export { eleventyExample } from './eleventy.js';
export { createExampleProject, type ExampleProject } from './example-project.js';
export { INTRANET_POLICY, intranetExample } from './intranet.js';
export { nextExample } from './next.js';
export { REACT_APP_POLICY, reactExample } from './react.js';
export { CONTENT_TYPES, type StaticServer, serveFolder } from './static-server.js';
