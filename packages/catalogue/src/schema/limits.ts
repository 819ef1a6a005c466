/** Caps that keep a hostile or runaway catalogue from freezing a page. Part of the public contract. */
export const MAX_TEXT_LENGTH = 10_000;
/** At most this many items in one catalogue. */
export const MAX_ITEMS = 10_000;
/** The flower layout is designed for this range of petals. */
export const MIN_PETALS = 2;
export const MAX_PETALS = 8;
/** Ids are short machine names: no whitespace, usable in attributes (`selected="…"`). */
export const MAX_ID_LENGTH = 120;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** BCP 47-like language tags: `fr`, `en`, `fr-CA`. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** Link schemes a reader can follow safely; everything else (javascript:, data:, …) is rejected. */
export const SAFE_LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;
