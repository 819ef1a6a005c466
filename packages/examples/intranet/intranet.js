// The page's own script under Trusted Types: it writes text only (textContent is not an injection sink), so it
// needs no policy of its own.
const flower = document.querySelector('fleur-pleine-sante');
const selection = document.getElementById('selection');

/** An item's title in the page's language: catalogue text is a string or an object keyed by language. */
function title(item) {
  if (typeof item.title === 'string') return item.title;
  return item.title[document.documentElement.lang] ?? Object.values(item.title)[0] ?? item.id;
}

flower.addEventListener('fleur-select', (event) => {
  selection.textContent = event.detail.item ? title(event.detail.item) : 'aucune';
});
