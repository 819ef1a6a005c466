import './playgrounds/theme-playground.js';
import { MIN_TEXT_CONTRAST } from 'fleur-pleine-sante';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { harmonie } from './helpers/catalogues.js';
import { flowerIn } from './helpers/flower.js';
import { THEME_DEFAULTS, type ThemePreset } from './playgrounds/theme-playground.js';

/**
 * For designers: edit the `--fleur-*` colour tokens and watch the flower and the WCAG contrast ratios change live.
 * Text must reach 4.5:1 against its background, marks (petal colours, focus ring, selection, borders) 3:1.
 */
const meta = {
  title: 'Playgrounds/Theme',
  render: (_args, { globals }) => html`<fleur-story-theme-playground
    ui-lang=${String(globals.lang ?? 'fr')}
    .catalogue=${harmonie}
  ></fleur-story-theme-playground>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const hexToRgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** A colour input's edit, as the browser's colour picker reports it. */
function pick(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Starts from the light theme's defaults; switch to dark, change any colour, read the verdicts. */
export const ThemeEditor: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const row = (foreground: string, background: string) =>
      canvasElement.querySelector<HTMLTableRowElement>(`tr[data-pair="${foreground} ${background}"]`);
    const element = await flowerIn(canvasElement);

    const expectDefaults = async (preset: ThemePreset) => {
      // The playground's copy of the defaults must match what the element really draws.
      await waitFor(() =>
        expect(getComputedStyle(element).backgroundColor).toBe(
          hexToRgb(THEME_DEFAULTS[preset]['--fleur-background'] ?? ''),
        ),
      );
      await expect(getComputedStyle(element).color).toBe(hexToRgb(THEME_DEFAULTS[preset]['--fleur-text-color'] ?? ''));
      for (const pair of canvasElement.querySelectorAll('tr[data-pair]'))
        await expect(pair.getAttribute('data-passes'), `${pair.getAttribute('data-pair')} in ${preset}`).toBe('true');
    };

    await step('the light defaults pass every check', () => expectDefaults('light'));
    await step('a pale text colour is flagged, live, and applied to the flower', async () => {
      const input = canvas.getByLabelText('--fleur-text-color') as HTMLInputElement;
      pick(input, '#aaaaaa');
      await waitFor(() => expect(row('--fleur-text-color', '--fleur-background')?.dataset.passes).toBe('false'));
      await expect(row('--fleur-text-color', '--fleur-background')?.textContent).toContain(`${MIN_TEXT_CONTRAST}:1`);
      await waitFor(() => expect(getComputedStyle(element).color).toBe('rgb(170, 170, 170)'));
    });
    await step('reset restores the defaults', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /défaut|defaults/ }));
      await expectDefaults('light');
    });
    await step('the dark defaults pass every check', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: /sombre|dark/i }));
      await expectDefaults('dark');
    });
  },
};
