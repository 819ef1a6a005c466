/** The Trusted Types policy Lit creates for its templates: the one a page must allow. */
export const LIT_POLICY = 'lit-html';

/**
 * Whether an error thrown while rendering comes from the page's Trusted Types enforcement refusing a plain string:
 * what happens when the page allows no policy for Lit (`trusted-types 'none'` with
 * `require-trusted-types-for 'script'`). Asked only after a `TypeError`, by the same kind of assignment Lit makes;
 * the answer does not depend on a browser's wording.
 */
export function isTrustedTypesRefusal(error: unknown): boolean {
  if (!(error instanceof TypeError) || !('trustedTypes' in globalThis)) return false;
  try {
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
}

/**
 * Shows `message` in `root` as plain text, with DOM calls no Trusted Types policy governs (`createElement`,
 * `textContent`, `replaceChildren`): the element's templates cannot render there, but the reader is owed a word.
 */
export function showRenderBlocked(root: HTMLElement | DocumentFragment, message: string): void {
  const notice = document.createElement('p');
  notice.className = 'status status--error';
  notice.setAttribute('part', 'error');
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  root.replaceChildren(notice);
}
