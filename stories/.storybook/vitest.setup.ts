import { afterEach } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { type EmulatedMedia, NO_EMULATION } from './test-hooks.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(media: EmulatedMedia): Promise<void>;
  }
}

// Stories declare the media they need (`parameters.media`); preview.ts applies them from `beforeEach` through this
// hook. Emulation applies to the whole page, so it is also reset after each test, whatever the story did.
let emulated = false;

globalThis.__fleurEmulateMedia = async (media) => {
  emulated = true;
  await commands.emulateMedia(media);
};

globalThis.__fleurKeyboard = async (keys) => {
  await userEvent.keyboard(keys);
};

afterEach(async () => {
  if (!emulated) return;
  emulated = false;
  await commands.emulateMedia(NO_EMULATION);
});
