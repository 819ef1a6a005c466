import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { THEMES, UI_LOCALES } from 'fleur-pleine-sante';
import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../../packages/flower/custom-elements.json';
import { controlsWithoutOptions } from '../helpers/control-options.js';
import { manifestArgTypes } from '../helpers/manifest-arg-types.js';
import { type EmulatedMedia, NO_EMULATION } from './test-hooks.js';

// The docs page (description, args table) and every control are read from the manifest compiled from the element's
// JSDoc; `manifestArgTypes` replaces Storybook's reader, which merges same-named entries (the `petal` attribute and
// the `petal` part) and gives parts and events "object" controls.
setCustomElementsManifest(manifest);

const LANGUAGE_NAMES: Record<(typeof UI_LOCALES)[number], string> = { fr: 'Français', en: 'English' };

/**
 * The toolbar's language, direction and theme, applied around every story: `lang` and `dir` on a wrapper (the
 * element inherits the nearest `[lang]`, as on a CMS page), `theme` on the story's element unless the story sets it.
 */
const withPageSettings: Decorator = (story, { args, globals }) => {
  const lang = String(globals.lang ?? 'fr');
  const dir = String(globals.dir ?? 'ltr');
  const theme = String(args.theme ?? globals.theme ?? 'auto');
  return html`<div class="fleur-story" lang=${lang} dir=${dir} data-theme=${theme}>
    ${story({ args: { ...args, theme } })}
  </div>`;
};

const preview: Preview = {
  decorators: [withPageSettings],
  globalTypes: {
    lang: {
      description: 'Language of the page around the element (the element inherits it)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: UI_LOCALES.map((value) => ({ value, title: LANGUAGE_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the element (`theme` attribute)',
      toolbar: { title: 'Theme', icon: 'contrast', items: [...THEMES], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'fr', dir: 'ltr', theme: 'auto' },
  parameters: {
    // The guides in reading order first, then the element, the playgrounds and the guides' live examples.
    options: {
      storySort: {
        order: [
          'Guides',
          ['Install and embed', 'Theming', 'Catalogue format', 'Accessibility'],
          'fleur-pleine-sante',
          'Playgrounds',
          'Examples',
        ],
      },
    },
    layout: 'padded',
    controls: { expanded: true },
    docs: { extractArgTypes: manifestArgTypes },
    // Any axe violation fails the story's test under `npm test` (and shows in the Accessibility panel).
    a11y: { test: 'error' },
  },
  async beforeEach({ parameters, argTypes }) {
    // A control with nothing to pick is a broken docs page: fail every story's test rather than ship it.
    const empty = controlsWithoutOptions(argTypes);
    if (empty.length > 0)
      throw new Error(`Controls with no options (set \`options\` on the arg type): ${empty.join(', ')}`);
    const media = parameters.media as EmulatedMedia | undefined;
    const emulate = globalThis.__fleurEmulateMedia;
    if (!media || !emulate) return undefined;
    await emulate(media);
    return () => emulate(NO_EMULATION);
  },
};

export default preview;
