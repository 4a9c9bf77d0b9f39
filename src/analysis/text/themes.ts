/**
 * Discovering themes in open answers without a taxonomy: TF-IDF over stems and phrases, spherical
 * k-means with the number of themes chosen by silhouette width, labels made of key phrases and the
 * three most representative quotes per theme.
 */
import { createRandom } from '../random.ts';
import { detectLanguage } from './language.ts';
import { normalizeDense, sphericalKMeans } from './cluster.ts';
import { cosineSimilarityMatrix, silhouetteWidth } from './cluster-silhouette.ts';
import { discoveryStopwords } from './stopwords.ts';
import { answerTerms } from './theme-terms.ts';
import { denseDot, fitTfidf, tfidfVector, type SparseVector, type TfidfModel } from './tfidf.ts';
import type { ThemeAnswer } from './theme-tagging.ts';

export interface DiscoveredTheme {
  id: string;
  /** Key phrases joined by " / ", e.g. "geen reactie / mail". */
  label: string;
  keywords: string[];
  size: number;
  /** The most representative answers (closest to the centroid), texts. */
  quotes: string[];
  quoteIds: string[];
  memberIds: string[];
  /** Mean cosine similarity of the members to the centroid (0..1): how tight the theme is. */
  cohesion: number;
  /** The centroid as term → weight (top terms only), so later answers can be assigned to it. */
  centroidTerms: Record<string, number>;
}

export interface ThemeDiscoveryOptions {
  seed?: number;
  /** Fewest and most themes tried (defaults 2 and 12, at most a fifth of the answers). */
  minThemes?: number;
  maxThemes?: number;
  /** Clustering and the choice of k run on a seeded sample of this many answers (default 1500). */
  sampleSize?: number;
  /** Smaller clusters are not offered as themes; their answers stay unassigned (default 3). */
  minThemeSize?: number;
  /** Answers less similar than this to every centroid stay unassigned (default 0.05). */
  minSimilarity?: number;
  /** Quotes per theme (default 3). */
  quotes?: number;
  /** Terms in more than this share of the answers are dropped (default 0.3; 1 below 100 answers). */
  maxDocumentShare?: number;
  /** Id prefix (default 'cluster-'). */
  idPrefix?: string;
}

export interface ThemeDiscoveryResult {
  themes: DiscoveredTheme[];
  /** Answer ids in no theme (no usable words, too far from every theme, or in a tiny cluster). */
  unassigned: string[];
  /** The chosen number of clusters and its silhouette width (0 when only one k was possible). */
  k: number;
  silhouette: number;
}

/**
 * Groups open answers into themes without a taxonomy. Terms: Snowball stems of content words plus
 * stem bigrams (stopwords-iso lists plus evaluative words), TF-IDF with df ≥ 2 and df ≤ 30% of answers (no upper limit below 100 answers). The number of
 * themes k is the one with the highest mean silhouette width (cosine distance) on a seeded sample,
 * among minThemes..maxThemes; spherical k-means runs on the sample and every answer is then assigned
 * to its nearest centroid, which keeps 100,000 answers linear in time and memory.
 *
 * Sources: Dhillon & Modha (2001) spherical k-means; Rousseeuw (1987) silhouettes; Manning et al.
 * (2008) §6.2 TF-IDF. Cost: O(sample² × nonzeros) for the choice of k plus O(n × nonzeros × k).
 * Throws "discoverThemes requires at least 4 data points" for fewer than 4 answers with usable words.
 *
 * @example
 * const { themes, unassigned } = discoverThemes(answers.map((text, i) => ({ id: String(i), text })));
 * themes[0] // → { label: 'geen reactie / mail', size: 42, quotes: [...3 answers], memberIds: [...] }
 */
export function discoverThemes(answers: readonly ThemeAnswer[], options: ThemeDiscoveryOptions = {}): ThemeDiscoveryResult {
  const seed = options.seed ?? 1;
  const stop = discoveryStopwords(['nl', 'en']);
  const termLists = answers.map((a) => answerTerms(a.text, a.lang ?? detectLanguage(a.text).lang, stop));
  const model = fitTfidf(
    termLists.map((t) => t.terms),
    // In a small or one-topic set (the leftovers of tagging) the shared words are the theme itself.
    { minDocumentFrequency: 2, maxDocumentShare: options.maxDocumentShare ?? (answers.length >= 100 ? 0.3 : 1) },
  );
  const vectors = termLists.map((t) => tfidfVector(model, t.terms));
  const usable = vectors.map((v, i) => (v.indices.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (usable.length < 4) throw new Error('discoverThemes requires at least 4 data points');

  const rng = createRandom(seed);
  const sample = seededSample(usable, options.sampleSize ?? 1500, rng);
  const sampleVectors = sample.map((i) => vectors[i]);
  const minK = Math.max(2, options.minThemes ?? 2);
  const maxK = Math.max(minK, Math.min(options.maxThemes ?? 12, Math.floor(sample.length / 5)));
  const similarity = cosineSimilarityMatrix(sampleVectors);
  let best = { k: minK, silhouette: -Infinity, centroids: [] as Float64Array[] };
  for (let k = minK; k <= maxK && k <= sample.length; k++) {
    const run = sphericalKMeans(sampleVectors, model.terms.length, k, { seed: seed + k, restarts: 3 });
    // A one-topic set ends in a single non-empty cluster: no silhouette, count it as 0.
    const used = new Set(run.assignments.filter((c) => c >= 0)).size;
    const s = used >= 2 ? silhouetteWidth(similarity, run.assignments) : 0;
    if (s > best.silhouette) best = { k, silhouette: s, centroids: run.centroids };
  }

  // Assign every answer to its nearest centroid.
  const minSim = options.minSimilarity ?? 0.05;
  const members: number[][] = best.centroids.map(() => []);
  const sims = new Float64Array(answers.length);
  const unassigned: string[] = [];
  answers.forEach((a, i) => {
    let bc = -1;
    let bs = -Infinity;
    best.centroids.forEach((c, ci) => {
      const s = denseDot(vectors[i], c);
      if (s > bs) {
        bs = s;
        bc = ci;
      }
    });
    if (vectors[i].indices.length === 0 || bc < 0 || bs < minSim) unassigned.push(a.id);
    else {
      members[bc].push(i);
      sims[i] = bs;
    }
  });

  const minSize = options.minThemeSize ?? 3;
  const themes: DiscoveredTheme[] = [];
  for (const group of members) {
    if (group.length < minSize) {
      for (const i of group) unassigned.push(answers[i].id);
      continue;
    }
    themes.push(describeTheme(answers, vectors, termLists.map((t) => t.surfaces), termLists.map((t) => t.terms), model, group, options.quotes ?? 3));
  }
  themes.sort((a, b) => b.size - a.size || (a.label < b.label ? -1 : 1));
  const prefix = options.idPrefix ?? 'cluster-';
  themes.forEach((t, i) => (t.id = `${prefix}${i + 1}`));
  const order = new Map(answers.map((a, i) => [a.id, i]));
  unassigned.sort((a, b) => order.get(a)! - order.get(b)!);
  return { themes, unassigned, k: best.k, silhouette: Number.isFinite(best.silhouette) ? best.silhouette : 0 };
}

/** Up to `size` distinct items of `items`, drawn without replacement by a seeded partial shuffle. */
function seededSample(items: readonly number[], size: number, rng: ReturnType<typeof createRandom>): number[] {
  if (items.length <= size) return [...items];
  const pool = [...items];
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}

/**
 * Label, keywords, quotes and centroid of one group of answers. Keywords are the heaviest centroid
 * terms shown in the customers' most frequent spelling; a phrase replaces its own words.
 */
export function describeTheme(
  answers: readonly ThemeAnswer[],
  vectors: readonly SparseVector[],
  surfaces: readonly string[][],
  terms: readonly string[][],
  model: TfidfModel,
  group: readonly number[],
  quoteCount: number,
): DiscoveredTheme {
  const centroid = new Float64Array(model.terms.length);
  for (const i of group) {
    const v = vectors[i];
    for (let t = 0; t < v.indices.length; t++) centroid[v.indices[t]] += v.values[t];
  }
  normalizeDense(centroid);
  const top = [...centroid.keys()].filter((t) => centroid[t] > 0).sort((a, b) => centroid[b] - centroid[a]).slice(0, 12);
  // Most frequent surface form of each top term among the members.
  const wanted = new Set(top.map((t) => model.terms[t]));
  const forms = new Map<string, Map<string, number>>();
  for (const i of group) {
    terms[i].forEach((term, k) => {
      if (!wanted.has(term)) return;
      const m = forms.get(term) ?? new Map<string, number>();
      m.set(surfaces[i][k], (m.get(surfaces[i][k]) ?? 0) + 1);
      forms.set(term, m);
    });
  }
  const surfaceOf = (term: string): string => {
    const m = forms.get(term);
    return m ? [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0] : term;
  };
  // A pair of words is a phrase of this theme only when its words mostly occur together here
  // (document frequency of the pair at least half that of its rarer word); otherwise it is noise
  // such as "luckily playlist".
  const groupDf = new Map<string, number>();
  for (const i of group) for (const term of new Set(terms[i])) groupDf.set(term, (groupDf.get(term) ?? 0) + 1);
  const isPhrase = (t: string): boolean => {
    const [a, b] = t.split(' ');
    const df = groupDf.get(t) ?? 0;
    return df >= 2 && df >= 0.5 * Math.min(groupDf.get(a) ?? df, groupDf.get(b) ?? df);
  };
  const topTerms = top.map((t) => model.terms[t]).filter((t) => !t.includes(' ') || isPhrase(t));
  const phrases = topTerms.filter((t) => t.includes(' '));
  const covered = new Set(phrases.flatMap((p) => p.split(' ')));
  const keywordTerms = topTerms.filter((t) => t.includes(' ') || !covered.has(t)).slice(0, 6);
  const keywords = keywordTerms.map(surfaceOf);
  const ranked = [...group].sort((a, b) => denseDot(vectors[b], centroid) - denseDot(vectors[a], centroid) || a - b);
  const quotes: string[] = [];
  const quoteIds: string[] = [];
  const seenText = new Set<string>();
  for (const i of ranked) {
    if (quotes.length >= quoteCount) break;
    const key = answers[i].text.trim().toLowerCase();
    if (seenText.has(key)) continue;
    seenText.add(key);
    quotes.push(answers[i].text);
    quoteIds.push(answers[i].id);
  }
  let cohesion = 0;
  for (const i of group) cohesion += denseDot(vectors[i], centroid);
  const centroidTerms: Record<string, number> = {};
  for (const t of top) centroidTerms[model.terms[t]] = Math.round(centroid[t] * 1e4) / 1e4;
  return {
    id: '',
    label: keywords.slice(0, 3).join(' / '),
    keywords,
    size: group.length,
    quotes,
    quoteIds,
    memberIds: group.map((i) => answers[i].id),
    cohesion: cohesion / group.length,
    centroidTerms,
  };
}
