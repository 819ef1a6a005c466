/** A short zoom from the petal's place (none under reduced motion); Web Animations, so no style attribute. */
export function animateZoom(drawing: Element | null): void {
  if (!drawing || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  drawing.animate(
    [
      { opacity: 0.2, transform: 'scale(0.6)' },
      { opacity: 1, transform: 'none' },
    ],
    { duration: 320, easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)' },
  );
}

/**
 * After a click or tap selects an item, its details come into view when they are out of it (under the drawing, on
 * narrower pages). Keyboard selection does not call this: the focus stays where the reader is.
 */
export function revealDetails(details: Element | null): void {
  if (!details) return;
  const { top } = details.getBoundingClientRect();
  if (top >= 0 && top < window.innerHeight - 120) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  details.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}
