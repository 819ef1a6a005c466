import { VIEWS } from 'fleur-pleine-sante';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_DECLARATIONS, EXPORT_FORMATS, VIEW_DECLARATIONS } from '../../packages/flower/src/attributes.js';
import { messagesFor } from '../../packages/flower/src/i18n/all-messages.js';

describe('views and export formats are tables', () => {
  it('every view and every export format is declared once, with a label in each language', () => {
    expect(Object.keys(VIEW_DECLARATIONS)).toEqual([...VIEWS]);
    expect(Object.keys(EXPORT_FORMAT_DECLARATIONS)).toEqual([...EXPORT_FORMATS]);
    for (const lang of ['fr', 'en']) {
      const messages = messagesFor(lang);
      const labels = [
        ...VIEWS.map((view) => messages[VIEW_DECLARATIONS[view].label]),
        ...EXPORT_FORMATS.map((format) => messages[EXPORT_FORMAT_DECLARATIONS[format].label]),
      ];
      for (const label of labels) expect(typeof label === 'string' && label.length > 0, lang).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('exactly one view is the drawing, and the one listing every item is not', () => {
    const drawing = VIEWS.filter((view) => VIEW_DECLARATIONS[view].drawing);
    expect(drawing).toEqual(['flower']);
    for (const view of VIEWS) expect(VIEW_DECLARATIONS[view].drawing && VIEW_DECLARATIONS[view].listsItems).toBe(false);
  });
});
