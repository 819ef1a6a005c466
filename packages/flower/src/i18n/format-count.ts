/** One number format per language, built on first use (constructing one costs tens of ms the first time: ICU data). */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A count as `locale` writes it (`5 000` in French, `5,000` in English). Counts under 1000 have no grouping in any
 * language the element speaks, so they skip `Intl` altogether: an offer page's first flower (counts of a few
 * dozen) never pays for loading the number formatting data.
 */
export function formatCount(locale: string, n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format(n);
}
