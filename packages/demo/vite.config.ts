import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { alias } from '../../vite.config.js';

/** `npm start`: the demo page, served from the sources (no build step), with the bundled data catalogue. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../data', import.meta.url)),
  resolve: { alias },
  server: { host: '127.0.0.1', port: 5173 },
});
