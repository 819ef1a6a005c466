import './playgrounds/catalogue-playground.js';
import { formatPath, parseCatalogue } from 'fleur-pleine-sante-catalogue';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { dahlgren, empty, harmonie, invalid } from './helpers/catalogues.js';
import type { PlaygroundExample } from './playgrounds/catalogue-playground.js';

const EXAMPLES: readonly PlaygroundExample[] = [
  { label: 'Harmonie Mutuelle 2023', value: harmonie },
  { label: 'Dahlgren & Whitehead (5)', value: dahlgren },
  { label: '∅ items: []', value: empty },
  { label: '✗ errors / erreurs', value: invalid },
];

/**
 * For catalogue editors and designers: paste or edit a catalogue and see, live, either the flower or the list of
 * validation issues with their JSON paths, in the toolbar's language (the same messages as `fleur validate`).
 */
const meta = {
  title: 'Playgrounds/Catalogue',
  render: (_args, { globals }) => html`<fleur-story-catalogue-playground
    ui-lang=${String(globals.lang ?? 'fr')}
    .examples=${EXAMPLES}
    .text=${JSON.stringify(harmonie, null, 2)}
  ></fleur-story-catalogue-playground>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Starts from the Harmonie catalogue. Break it (or pick "errors") to see the issues; fix it to see the flower again. */
export const CatalogueEditor: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByRole('textbox');
    await step('a valid catalogue draws the flower', async () => {
      await waitFor(() => expect(canvasElement.querySelector('fleur-pleine-sante')).not.toBeNull());
      await expect(canvas.queryByRole('list')).toBeNull();
    });
    await step('pasting an invalid catalogue lists every issue with its path', async () => {
      await userEvent.clear(editor);
      await userEvent.paste(JSON.stringify(invalid));
      const result = parseCatalogue(invalid);
      if (result.ok) throw new Error('the invalid example became valid');
      await waitFor(() => expect(canvasElement.querySelectorAll('li[data-path]')).toHaveLength(result.issues.length));
      for (const issue of result.issues)
        await expect(
          canvasElement.querySelector(`li[data-path="${CSS.escape(formatPath(issue.path))}"]`),
        ).not.toBeNull();
      await expect(canvasElement.querySelector('fleur-pleine-sante')).toBeNull();
    });
    await step('broken JSON is one issue at the root', async () => {
      await userEvent.type(editor, '{Backspace}');
      await waitFor(() => expect(canvasElement.querySelectorAll('li[data-path]')).toHaveLength(1));
    });
    await step('an example brings the flower back', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Dahlgren & Whitehead (5)' }));
      await waitFor(() => expect(canvasElement.querySelector('fleur-pleine-sante')).not.toBeNull());
      await expect(canvasElement.querySelectorAll('li[data-path]')).toHaveLength(0);
    });
  },
};
