/**
 * Normalising and tokenising customer text (Dutch and English) for theme analysis.
 *
 * Customers type with accents or without ("één"/"een", "knieën"/"knieen"), with curly quotes,
 * stretched letters ("suuuper") and currency signs. Normalising first lets the hand-written
 * vocabulary and the TF-IDF vectors see one spelling.
 */

/**
 * Normalises text for matching: lower case, accents removed (Unicode NFKD without combining marks),
 * "€" and "$" spelled as words, letters repeated three or more times shortened to two, every run of
 * characters that is not a letter or digit turned into one space, trimmed.
 *
 * Source: the usual text-mining normalisation (Manning, Raghavan & Schütze, "Introduction to
 * Information Retrieval", 2008, §2.2.3 "Normalization"). Cost: O(length). Never throws.
 *
 * @example
 * normalizeText('Één keer  €24,99?! Suuuper') // → 'een keer euro 24 99 suuper'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/€/g, ' euro ')
    .replace(/\$/g, ' dollar ')
    .replace(/([a-z])\1{2,}/g, '$1$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Splits text into normalised word tokens (see {@link normalizeText}); digits are kept as tokens.
 *
 * Cost: O(length). Never throws; empty text gives [].
 *
 * @example
 * tokenize("Pakket kwam pas na 2 weken!") // → ['pakket', 'kwam', 'pas', 'na', '2', 'weken']
 */
export function tokenize(text: string): string[] {
  const n = normalizeText(text);
  return n === '' ? [] : n.split(' ');
}
