/**
 * What the stories can do only when they run as tests (stories/.storybook/vitest.setup.ts installs the hooks);
 * in Storybook's own UI the hooks are absent and the stories fall back, as documented at each use.
 */

/**
 * Media features a story needs (`parameters.media`). Storybook's UI cannot emulate them (use DevTools › Rendering
 * there); under `npm test`, Playwright emulates them for the page.
 */
export interface EmulatedMedia {
  /** `print` shows the page as it prints (print preview, PDF). */
  readonly media?: 'print' | 'screen' | null;
  readonly forcedColors?: 'active' | 'none' | null;
  readonly reducedMotion?: 'reduce' | 'no-preference' | null;
  readonly colorScheme?: 'light' | 'dark' | 'no-preference' | null;
}

/** Every feature back to the browser's own value. */
export const NO_EMULATION: EmulatedMedia = { media: null, forcedColors: null, reducedMotion: null, colorScheme: null };

declare global {
  /** Emulates media features for the test page (Playwright `page.emulateMedia`). */
  var __fleurEmulateMedia: ((media: EmulatedMedia) => Promise<void>) | undefined;
  /**
   * Presses keys with the real keyboard (Playwright), in user-event syntax (`{Tab}`, `{ArrowRight}`). Real Tab
   * presses move focus into shadow roots, which user-event's simulated Tab does not.
   */
  var __fleurKeyboard: ((keys: string) => Promise<void>) | undefined;
}
