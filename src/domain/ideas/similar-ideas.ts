/**
 * "Is this already on the board?": ranks existing ideas by how much of a draft's meaning they share,
 * in Dutch and English at once (customers mix them). Built on the text library of src/analysis/text
 * (tokenize, Snowball stemmers, stopwords-iso lists) with two Dutch additions the Snowball stemmer
 * lacks: past participles lose their ge- prefix and -d/-t ending ("geleverd" -> "lever", like
 * "levering"), and a final double consonant is undoubled ("bestell" -> "bestel", like "besteld").
 * Pure: no I/O.
 */
import { tokenize } from '../../analysis/text/tokenize.ts';
import { stemmer } from '../../analysis/text/stem.ts';
import { stopwordsFor } from '../../analysis/text/stopwords.ts';

const stemNl = stemmer('nl');
const stemEn = stemmer('en');
const STOP = stopwordsFor(['nl', 'en']);

function undouble(stem: string) {
  return stem.length > 3 && /([bcdfgklmnprstvz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The match keys of one word: its Dutch and English stems and, for a Dutch participle, the stem of its root. */
export function wordKeys(word: string): string[] {
  const keys = new Set<string>();
  const add = (w: string) => {
    if (w.length < 2) return;
    keys.add(undouble(stemNl(w)));
    keys.add(undouble(stemEn(w)));
  };
  add(word);
  let root = word;
  if (root.length > 5 && root.startsWith('ge')) root = root.slice(2);
  if (root.length > 4 && /[^aeiou][dt]$/.test(root) && (root !== word || /[^aeiou]e?l[dt]$|[^aeiou]en?[dt]$/.test(root))) root = root.slice(0, -1);
  if (root !== word) add(root);
  return [...keys];
}

/** The content words of a text as sets of match keys (stopwords and one-letter words left out). */
export function textTerms(text: string): string[][] {
  return tokenize(text)
    .filter((w) => !STOP.has(w) && w.length > 1 && !/^\d+$/.test(w))
    .map(wordKeys);
}

export interface SimilarCandidate {
  id: string;
  title: string;
  description: string;
}

/**
 * Scores each candidate against the draft: the idf-weighted share of the draft's content words that
 * occur in the candidate (title words count double), between 0 and 1. Returns those with a score of at
 * least `minScore` (default 0.25), best first, at most `limit` (default 5).
 */
export function rankSimilarIdeas<T extends SimilarCandidate>(draft: string, candidates: readonly T[], opts: { limit?: number; minScore?: number } = {}): (T & { score: number })[] {
  const query = textTerms(draft);
  if (query.length === 0 || candidates.length === 0) return [];
  const docs = candidates.map((c) => {
    const title = new Set(textTerms(c.title).flat());
    const all = new Set([...title, ...textTerms(c.description).flat()]);
    return { title, all };
  });
  const n = docs.length;
  const idf = (keys: string[]) => {
    const df = docs.filter((d) => keys.some((k) => d.all.has(k))).length;
    return Math.log((1 + n) / (1 + df)) + 1;
  };
  const weights = query.map(idf);
  const total = weights.reduce((a, b) => a + b, 0);
  const scored = candidates.map((c, i) => {
    let s = 0;
    query.forEach((keys, q) => {
      if (keys.some((k) => docs[i].title.has(k))) s += weights[q];
      else if (keys.some((k) => docs[i].all.has(k))) s += weights[q] * 0.5;
    });
    return { ...c, score: Math.round((s / total) * 1000) / 1000 };
  });
  return scored
    .filter((c) => c.score >= (opts.minScore ?? 0.25))
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit ?? 5);
}
