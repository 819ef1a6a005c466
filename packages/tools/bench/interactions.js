// Reaction times of a drawn flower, for `npm run bench`: `selected` set → painted, pointer over a mark → tooltip
// painted. Run on the element's page once its first mark is painted (the same element, already drawn).

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function timeSelections(element, ids) {
  const times = [];
  for (const id of ids) {
    const started = performance.now();
    element.selected = id;
    await element.updateComplete;
    await frame();
    times.push(performance.now() - started);
  }
  element.selected = undefined;
  await element.updateComplete;
  return times;
}

async function timeHovers(element, marks) {
  const times = [];
  for (const mark of marks) {
    const started = performance.now();
    mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await element.updateComplete;
    await frame();
    times.push(performance.now() - started);
  }
  return times;
}

/** Selection and hover times (ms) over the first `runs` marks of `element`. */
export async function interactions(element, runs) {
  const marks = [...element.shadowRoot.querySelectorAll('[part~="item"][data-id]')].slice(0, runs);
  const ids = marks.map((mark) => mark.getAttribute('data-id'));
  await timeSelections(element, ids.slice(0, 2)); // warm-up: the reading parts arrive with the first selection
  return { select: await timeSelections(element, ids), hover: await timeHovers(element, marks) };
}
