import { checkLayout, layoutFlower } from '@fleur/flower/geometry.js';
import { describe, expect, it } from 'vitest';
import { seededCatalogue } from '../../helpers/random-catalogue.js';

const catalogue = seededCatalogue(8, { petals: 3, maxFactors: 3, items: 40 });
const sound = () => layoutFlower(catalogue, { width: 800, height: 800 });

describe('checkLayout', () => {
  it('checkLayout(layoutFlower(...), catalogue) finds nothing wrong', () => {
    expect(checkLayout(sound(), catalogue)).toEqual([]);
  });

  it('checkLayout(layout) reports two marks on top of each other', () => {
    const layout = sound();
    const [a, b] = layout.marks;
    if (!a || !b) throw new Error('fixture needs two marks');
    b.x = a.x + 1;
    b.y = a.y;
    expect(checkLayout(layout)).toContainEqual({ code: 'mark-overlap', subjects: [a.itemId, b.itemId] });
  });

  it('checkLayout(layout) reports a mark outside the drawing and a label over a mark', () => {
    const layout = sound();
    const [mark] = layout.marks;
    const label = layout.petals[0]?.factors.find((factor) => factor.label)?.label;
    if (!mark || !label) throw new Error('fixture needs a mark and a factor label');
    mark.x = -5;
    expect(checkLayout(layout).map((problem) => problem.code)).toContain('out-of-bounds');
    mark.x = label.box.x + label.box.width / 2;
    mark.y = label.box.y + label.box.height / 2;
    expect(checkLayout(layout)).toContainEqual({ code: 'label-covers-mark', subjects: [label.text, mark.itemId] });
  });

  it('checkLayout(layout, catalogue) reports missing and duplicated items', () => {
    const layout = sound();
    const removed = layout.marks.pop();
    layout.hidden.push({ itemId: layout.marks[0]?.itemId ?? '', reason: 'filtered' });
    const codes = checkLayout(layout, catalogue).map((problem) => problem.code);
    expect(removed).toBeDefined();
    expect(codes).toContain('missing-item');
    expect(codes).toContain('duplicate-item');
  });
});
