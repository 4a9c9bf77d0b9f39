/**
 * Common phrases (bigrams) in open answers: "geen reactie", "opening hours", "te duur".
 */

/**
 * The adjacent word pairs of a token list, joined by a space.
 *
 * Cost: O(tokens). Never throws.
 *
 * @example
 * bigrams(['geen', 'reactie', 'gehad']) // → ['geen reactie', 'reactie gehad']
 */
export function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

export interface Collocation {
  phrase: string;
  count: number;
  /** Normalised pointwise mutual information, -1..1 (1: the words only occur together). */
  npmi: number;
}

/**
 * Bigrams that occur together more often than chance, counted once per document: pairs seen in at
 * least `minCount` documents with normalised PMI of at least `minNpmi`, strongest first.
 *
 * Source: Bouma, G. (2009), "Normalized (pointwise) mutual information in collocation extraction",
 * GSCL 2009: npmi(x,y) = ln(p(x,y) / (p(x)p(y))) / -ln p(x,y), with document probabilities.
 * Cost: O(total tokens). Throws "collocations requires at least 2 data points" for fewer than 2
 * documents.
 *
 * @example
 * collocations([['geen', 'reactie'], ['geen', 'reactie', 'gehad'], ['snelle', 'reactie']], { minCount: 2 })
 * // → [{ phrase: 'geen reactie', count: 2, npmi: 0.63... }]
 */
export function collocations(
  documents: readonly (readonly string[])[],
  options: { minCount?: number; minNpmi?: number } = {},
): Collocation[] {
  if (documents.length < 2) throw new Error('collocations requires at least 2 data points');
  const minCount = options.minCount ?? 3;
  const minNpmi = options.minNpmi ?? 0.2;
  const n = documents.length;
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const doc of documents) {
    for (const w of new Set(doc)) words.set(w, (words.get(w) ?? 0) + 1);
    for (const b of new Set(bigrams(doc))) pairs.set(b, (pairs.get(b) ?? 0) + 1);
  }
  const out: Collocation[] = [];
  for (const [phrase, c] of pairs) {
    if (c < minCount) continue;
    const [a, b] = phrase.split(' ');
    const pxy = c / n;
    const px = (words.get(a) ?? c) / n;
    const py = (words.get(b) ?? c) / n;
    const npmi = pxy >= 1 ? 1 : Math.log(pxy / (px * py)) / -Math.log(pxy);
    if (npmi >= minNpmi) out.push({ phrase, count: c, npmi });
  }
  return out.sort((x, y) => y.npmi * Math.log(1 + y.count) - x.npmi * Math.log(1 + x.count) || (x.phrase < y.phrase ? -1 : 1));
}
