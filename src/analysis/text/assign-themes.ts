/**
 * Assigning new answers to existing (possibly renamed, merged, split or hand-edited) themes, so the
 * team's edits survive new responses.
 */
import { detectLanguage } from './language.ts';
import { normalizeDense } from './cluster.ts';
import { discoveryStopwords } from './stopwords.ts';
import { answerTerms } from './theme-terms.ts';
import { denseDot, fitTfidf, sparseDot, tfidfVector, type SparseVector } from './tfidf.ts';
import type { ThemeAnswer } from './theme-tagging.ts';
import { discoverThemes, type DiscoveredTheme, type ThemeDiscoveryOptions } from './themes.ts';

/** A theme as the team left it: its name, keywords and the answers now in it. */
export interface ExistingTheme {
  id: string;
  label: string;
  /** Keywords (plain words or phrases) that describe the theme. */
  keywords?: string[];
  /** Texts of the answers currently in the theme, after the team's moves, merges and splits. */
  memberTexts?: string[];
}

export interface ThemeAssignment {
  answerId: string;
  themeId: string;
  /** 0.5 × cosine to the theme's centroid + 0.5 × cosine to its most similar member. */
  similarity: number;
}

export interface AssignThemesOptions {
  /** Lowest combined similarity to join a theme (default 0.2). */
  minSimilarity?: number;
  /** Options for discovering candidate themes among what is left (set `minThemeSize` to tune). */
  discovery?: ThemeDiscoveryOptions;
}

export interface AssignThemesResult {
  assignments: ThemeAssignment[];
  /** Answers that fit no existing theme. */
  unassigned: string[];
  /** New candidate themes found among the unassigned answers (empty when too few). */
  candidates: (DiscoveredTheme & { candidate: true })[];
}

/**
 * Assigns new answers to existing themes by TF-IDF similarity: each theme is represented by the
 * normalised centroid of its member answers plus its keywords (as one extra pseudo-answer), and by
 * its members themselves; an answer joins the theme with the highest
 * 0.5 × cos(answer, centroid) + 0.5 × max cos(answer, member) when that is at least `minSimilarity`.
 * What is left is clustered with {@link discoverThemes} and offered as candidate themes.
 *
 * Source: nearest-centroid and nearest-neighbour classification (Manning et al., 2008, ch. 14).
 * Cost: O(answers × (themes + members) × nonzeros) plus discovery on the rest. Throws
 * "assignToThemes requires at least 1 theme" for an empty theme list.
 *
 * @example
 * assignToThemes([{ id: 'n1', text: 'Weer geen reactie op mijn mail' }],
 *   [{ id: 't1', label: 'Geen reactie', keywords: ['reactie', 'mail'], memberTexts: ['Nooit reactie op mails'] }])
 * // → { assignments: [{ answerId: 'n1', themeId: 't1', similarity: 0.6... }], unassigned: [], candidates: [] }
 */
export function assignToThemes(
  answers: readonly ThemeAnswer[],
  themes: readonly ExistingTheme[],
  options: AssignThemesOptions = {},
): AssignThemesResult {
  if (themes.length < 1) throw new Error('assignToThemes requires at least 1 theme');
  const stop = discoveryStopwords(['nl', 'en']);
  const terms = (text: string, lang?: 'nl' | 'en' | 'other') => answerTerms(text, lang ?? detectLanguage(text).lang, stop).terms;
  const answerTermLists = answers.map((a) => terms(a.text, a.lang));
  const themeDocs = themes.map((t) => ({
    members: (t.memberTexts ?? []).map((m) => terms(m)),
    keywords: (t.keywords ?? []).flatMap((k) => terms(k)),
  }));
  const model = fitTfidf(
    [...answerTermLists, ...themeDocs.flatMap((d) => [...d.members, d.keywords])],
    { minDocumentFrequency: 1, maxDocumentShare: 1 },
  );
  const dim = model.terms.length;
  const represented = themes.map((t, ti) => {
    const members = themeDocs[ti].members.map((m) => tfidfVector(model, m)).filter((v) => v.indices.length > 0);
    const kw = tfidfVector(model, themeDocs[ti].keywords);
    const centroid = new Float64Array(dim);
    for (const v of kw.indices.length > 0 ? [...members, kw] : members) {
      for (let k = 0; k < v.indices.length; k++) centroid[v.indices[k]] += v.values[k];
    }
    normalizeDense(centroid);
    return { id: t.id, centroid, examples: kw.indices.length > 0 ? [...members, kw] : members };
  });

  const minSim = options.minSimilarity ?? 0.2;
  const assignments: ThemeAssignment[] = [];
  const left: ThemeAnswer[] = [];
  answers.forEach((a, i) => {
    const v: SparseVector = tfidfVector(model, answerTermLists[i]);
    let best: ThemeAssignment | null = null;
    for (const t of represented) {
      let nearest = 0;
      for (const e of t.examples) nearest = Math.max(nearest, sparseDot(v, e));
      const s = 0.5 * denseDot(v, t.centroid) + 0.5 * nearest;
      if (s >= minSim && (!best || s > best.similarity)) best = { answerId: a.id, themeId: t.id, similarity: s };
    }
    if (best) assignments.push(best);
    else left.push(a);
  });

  let candidates: AssignThemesResult['candidates'] = [];
  let unassigned = left.map((a) => a.id);
  const minSize = options.discovery?.minThemeSize ?? 3;
  if (left.length >= Math.max(4, 2 * minSize)) {
    try {
      const found = discoverThemes(left, { idPrefix: 'candidate-', ...options.discovery });
      candidates = found.themes.map((t) => ({ ...t, candidate: true as const }));
      unassigned = found.unassigned;
    } catch (err) {
      // Too few answers with usable words to cluster: they simply stay unassigned.
      if (!(err instanceof Error && err.message.includes('requires at least'))) throw err;
    }
  }
  return { assignments, unassigned, candidates };
}
