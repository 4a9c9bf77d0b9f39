/**
 * TF-IDF vectors over answer terms, stored sparse (sorted term indexes and weights) so that
 * 100,000 short answers fit in memory.
 */

/** A sparse vector: ascending term indexes and their weights; TF-IDF vectors have unit length. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

export interface TfidfModel {
  /** The kept terms; a term's index is its position. */
  terms: string[];
  index: Map<string, number>;
  /** Inverse document frequency per term: ln((1 + n) / (1 + df)) + 1. */
  idf: Float64Array;
  documentCount: number;
}

/**
 * Fits the vocabulary and inverse document frequencies of a set of term lists. Terms in fewer than
 * `minDocumentFrequency` documents (default 2) or in more than `maxDocumentShare` of them (default
 * 0.5) are dropped.
 *
 * Source: smoothed idf as in scikit-learn's TfidfVectorizer (smooth_idf=True):
 * idf = ln((1 + n) / (1 + df)) + 1; Manning, Raghavan & Schütze (2008), §6.2. Cost: O(total terms).
 * Throws "fitTfidf requires at least 1 data point" for no documents.
 *
 * @example
 * const m = fitTfidf([['prijs', 'duur'], ['prijs', 'laat'], ['laat']], { minDocumentFrequency: 1, maxDocumentShare: 1 });
 * m.idf[m.index.get('duur')!] // → ln(4/2) + 1 = 1.693...
 */
export function fitTfidf(
  documents: readonly (readonly string[])[],
  options: { minDocumentFrequency?: number; maxDocumentShare?: number } = {},
): TfidfModel {
  if (documents.length < 1) throw new Error('fitTfidf requires at least 1 data point');
  const minDf = options.minDocumentFrequency ?? 2;
  const maxDf = (options.maxDocumentShare ?? 0.5) * documents.length;
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const terms = [...df.keys()].filter((t) => df.get(t)! >= minDf && df.get(t)! <= maxDf).sort();
  const n = documents.length;
  const idf = new Float64Array(terms.length);
  terms.forEach((t, i) => {
    idf[i] = Math.log((1 + n) / (1 + df.get(t)!)) + 1;
  });
  return { terms, index: new Map(terms.map((t, i) => [t, i])), idf, documentCount: n };
}

/**
 * The unit-length TF-IDF vector of one term list under a fitted model, with sublinear term
 * frequency 1 + ln tf (default; `sublinearTf: false` uses raw counts, as scikit-learn's default).
 * Unknown terms are ignored; a list without known terms gives an empty vector.
 *
 * Cost: O(terms log terms). Never throws.
 *
 * @example
 * tfidfVector(m, ['prijs', 'prijs', 'onbekend']) // → { indices: [i(prijs)], values: [1] }
 */
export function tfidfVector(model: TfidfModel, terms: readonly string[], options: { sublinearTf?: boolean } = {}): SparseVector {
  const sublinear = options.sublinearTf ?? true;
  const counts = new Map<number, number>();
  for (const t of terms) {
    const i = model.index.get(t);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const idx = [...counts.keys()].sort((a, b) => a - b);
  const indices = new Uint32Array(idx);
  const values = new Float32Array(idx.length);
  let norm = 0;
  idx.forEach((i, k) => {
    const tf = counts.get(i)!;
    const w = (sublinear ? 1 + Math.log(tf) : tf) * model.idf[i];
    values[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k] /= norm;
  return { indices, values };
}

/**
 * Dot product of two sparse vectors (their cosine similarity when both have unit length).
 *
 * Cost: O(nonzeros of both). Never throws.
 *
 * @example
 * sparseDot({ indices: Uint32Array.of(0, 2), values: Float32Array.of(0.6, 0.8) },
 *           { indices: Uint32Array.of(2), values: Float32Array.of(1) }) // → 0.8
 */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i];
    const y = b.indices[j];
    if (x === y) s += a.values[i++] * b.values[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Dot product of a sparse vector with a dense one (a cluster centroid). Cost: O(nonzeros).
 *
 * @example
 * denseDot({ indices: Uint32Array.of(1), values: Float32Array.of(1) }, Float64Array.of(0.2, 0.5)) // → 0.5
 */
export function denseDot(a: SparseVector, dense: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.indices.length; k++) s += a.values[k] * dense[a.indices[k]];
  return s;
}
