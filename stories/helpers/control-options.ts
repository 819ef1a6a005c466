import type { ArgTypes } from '@storybook/web-components-vite';

/** Controls that pick among `options`: with none, Storybook draws an empty "Select with no options". */
const OPTION_CONTROLS = new Set(['select', 'multi-select', 'radio', 'inline-radio', 'check', 'inline-check']);

function controlType(control: unknown): string | undefined {
  if (typeof control === 'string') return control;
  if (control && typeof control === 'object' && 'type' in control) return String(control.type);
  return undefined;
}

/**
 * The args whose control picks among options but has none Storybook can read. Storybook 10 reads `options` on the
 * arg type only; an `options` list nested inside `control` is ignored, so it counts as none.
 */
export function controlsWithoutOptions(argTypes: ArgTypes): string[] {
  return Object.entries(argTypes).flatMap(([key, argType]) => {
    const type = controlType(argType.control);
    if (!type || !OPTION_CONTROLS.has(type)) return [];
    const options = argType.options;
    return Array.isArray(options) && options.length > 0 ? [] : [key];
  });
}
