/**
 * A static export (`next build` writes `out/`), as a CMS-like offer site would be published. The flower package is
 * left to Node on the server side (its `static.js` renders with Lit's server renderer at build time).
 */
export default {
  output: 'export',
  serverExternalPackages: ['fleur-pleine-sante', '@lit-labs/ssr'],
};
