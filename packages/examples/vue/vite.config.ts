import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <fleur-pleine-sante> is a custom element, not a Vue component: without this, Vue warns
      // "Failed to resolve component: fleur-pleine-sante".
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'fleur-pleine-sante' } },
    }),
  ],
});
