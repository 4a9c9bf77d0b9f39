/**
 * Tagging open answers with the themes of a taxonomy (built-in plus a workspace's own themes),
 * each tag with a confidence 0..1, and learning from the team's corrections.
 */
import { detectLanguage } from './language.ts';
import { OTHER_THEME_ID, type ThemeDefinition } from './taxonomy.ts';
import { compileTheme, prepareText, scoreRules, type CompiledTheme } from './theme-vocabulary.ts';
import { answerTerms } from './theme-terms.ts';
import { stopwordsFor } from './stopwords.ts';
import { fitTfidf, sparseDot, tfidfVector, type SparseVector } from './tfidf.ts';
import { normalizeText } from './tokenize.ts';

export interface ThemeAnswer {
  id: string;
  text: string;
  /** The answer's language when known; detected otherwise. */
  lang?: 'nl' | 'en' | 'other';
}

/**
 * A manual correction the team made in this workspace: "this answer belongs to that theme". Stored
 * by the server and passed back in on every later tagging run. `weight` (default 1) lets older
 * corrections count less.
 */
export interface ThemeCorrection {
  text: string;
  themeId: string;
  weight?: number;
}

export interface ThemeTag {
  answerId: string;
  themeId: string;
  confidence: number;
  /** Why: the words that matched vocabulary terms, the /patterns/ that matched, or "example: ...". */
  matched: string[];
}

export interface ThemeTaggingOptions {
  /** Corrections of this workspace; they act as weighted nearest-neighbour examples. */
  corrections?: readonly ThemeCorrection[];
  /** A theme is tagged when its confidence is at least this (default 0.2). */
  minConfidence?: number;
  /** Answers whose best tag is below this go on the manual-check list (default 0.5). */
  lowConfidenceBelow?: number;
  /** Weight of the other language's vocabulary (default 0.5): Dutch answers borrow English words. */
  otherLanguageWeight?: number;
  /** At most this many tags per answer (default 3). */
  maxTagsPerAnswer?: number;
  /** Cosine similarity from which an example or correction counts (default 0.3). */
  minExampleSimilarity?: number;
}

export interface ThemeTaggingResult {
  tags: ThemeTag[];
  /** One main theme per answer, in input order: the best tag, or 'other' with confidence 0. */
  primary: { answerId: string; themeId: string; confidence: number }[];
  /** Ids of answers whose best tag is below `lowConfidenceBelow` (including untagged ones). */
  lowConfidence: string[];
  /** Ids of answers without any tag. */
  untagged: string[];
}

/** Points an example at cosine similarity 1 is worth (a strong vocabulary term is 3). */
const EXAMPLE_POINTS = 8;
/** Saturation scale: a theme with this many points and no competition gets confidence 1 - 1/e. */
const SATURATION = 3;

interface Example {
  vector: SparseVector;
  themeId: string;
  weight: number;
  text: string;
}

/**
 * Tags answers with themes. For each answer and theme: points from the theme's vocabulary (strong 3,
 * medium 2, weak 1, patterns their own weight; the answer's language at full weight, the other at
 * `otherLanguageWeight`), plus, for custom-theme examples and the workspace's corrections, 8 ×
 * weight × cosine similarity of TF-IDF vectors (best example per theme, from `minExampleSimilarity`).
 * Confidence = (1 − exp(−points/3)) × points / (points + the strongest rival theme's points), so one
 * strong word alone gives 0.63, two give 0.86, and an equally strong rival halves it. An answer whose normalised text equals a
 * corrected answer takes the corrected theme with confidence 1.
 *
 * Source: dictionary-based content analysis (Krippendorff, "Content Analysis", 4th ed., 2018,
 * ch. 11) with nearest-neighbour corrections (Cover & Hart, 1967). Cost: O(answers × rules) plus
 * O(answers × examples) sparse dot products. Throws "tagThemes requires at least 1 theme" for an
 * empty taxonomy.
 *
 * @example
 * tagThemes([{ id: 'a', text: 'Pakket kwam pas na twee weken' }], builtinTaxonomy()).primary
 * // → [{ answerId: 'a', themeId: 'delivery', confidence: 0.9... }]
 */
export function tagThemes(
  answers: readonly ThemeAnswer[],
  taxonomy: readonly ThemeDefinition[],
  options: ThemeTaggingOptions = {},
): ThemeTaggingResult {
  if (taxonomy.length < 1) throw new Error('tagThemes requires at least 1 theme');
  const minConfidence = options.minConfidence ?? 0.2;
  const lowBelow = options.lowConfidenceBelow ?? 0.5;
  const maxTags = options.maxTagsPerAnswer ?? 3;
  const minSim = options.minExampleSimilarity ?? 0.3;
  const compiled: CompiledTheme[] = taxonomy.map((t) => compileTheme(t, options.otherLanguageWeight ?? 0.5));
  const langs = answers.map((a) => a.lang ?? detectLanguage(a.text).lang);

  // Examples of custom themes and the workspace's corrections, as TF-IDF vectors fitted together
  // with the answers so that rare, telling words weigh most.
  const exampleInputs: { text: string; themeId: string; weight: number }[] = [];
  for (const t of taxonomy) for (const e of t.examples ?? []) exampleInputs.push({ text: e, themeId: t.id, weight: 1 });
  for (const c of options.corrections ?? []) exampleInputs.push({ text: c.text, themeId: c.themeId, weight: c.weight ?? 1 });
  const known = new Set(taxonomy.map((t) => t.id));
  const exactCorrections = new Map<string, string>();
  for (const c of options.corrections ?? []) if (known.has(c.themeId)) exactCorrections.set(normalizeText(c.text), c.themeId);
  let examples: Example[] = [];
  let answerVectors: SparseVector[] = [];
  if (exampleInputs.length > 0) {
    const stop = stopwordsFor(['nl', 'en']);
    const exampleTerms = exampleInputs.map((e) => answerTerms(e.text, detectLanguage(e.text).lang, stop).terms);
    const answerTermLists = answers.map((a, i) => answerTerms(a.text, langs[i], stop).terms);
    const model = fitTfidf([...exampleTerms, ...answerTermLists], { minDocumentFrequency: 1, maxDocumentShare: 1 });
    examples = exampleInputs
      .map((e, i) => ({ vector: tfidfVector(model, exampleTerms[i]), themeId: e.themeId, weight: e.weight, text: e.text }))
      .filter((e) => known.has(e.themeId));
    answerVectors = answerTermLists.map((terms) => tfidfVector(model, terms));
  }

  const tags: ThemeTag[] = [];
  const primary: ThemeTaggingResult['primary'] = [];
  const lowConfidence: string[] = [];
  const untagged: string[] = [];
  answers.forEach((answer, i) => {
    const prepared = prepareText(answer.text);
    const corrected = exactCorrections.get(prepared.normalized);
    if (corrected !== undefined) {
      tags.push({ answerId: answer.id, themeId: corrected, confidence: 1, matched: ['correction'] });
      primary.push({ answerId: answer.id, themeId: corrected, confidence: 1 });
      return;
    }
    const points = new Map<string, { score: number; matched: string[] }>();
    for (const theme of compiled) {
      const r = scoreRules(prepared, theme.rules[langs[i]]);
      if (r.score > 0) points.set(theme.id, r);
    }
    if (examples.length > 0) {
      const best = new Map<string, { sim: number; example: Example }>();
      for (const e of examples) {
        const sim = sparseDot(answerVectors[i], e.vector) * e.weight;
        if (sim >= minSim && sim > (best.get(e.themeId)?.sim ?? 0)) best.set(e.themeId, { sim, example: e });
      }
      for (const [themeId, { sim, example }] of best) {
        const p = points.get(themeId) ?? { score: 0, matched: [] };
        points.set(themeId, { score: p.score + EXAMPLE_POINTS * sim, matched: [...p.matched, `example: ${example.text}`] });
      }
    }
    // Each theme is weighed against its strongest rival, so scattered weak words elsewhere do not
    // dilute a clear match.
    const scores = [...points.values()].map((p) => p.score).sort((x, y) => y - x);
    const ranked = [...points.entries()]
      .map(([themeId, p]) => {
        const rival = p.score === scores[0] ? (scores[1] ?? 0) : scores[0];
        return { themeId, confidence: (1 - Math.exp(-p.score / SATURATION)) * (p.score / (p.score + rival)), matched: p.matched };
      })
      .sort((a, b) => b.confidence - a.confidence || (a.themeId < b.themeId ? -1 : 1));
    const kept = ranked.filter((r) => r.confidence >= minConfidence).slice(0, maxTags);
    for (const r of kept) tags.push({ answerId: answer.id, ...r });
    const top = ranked[0];
    primary.push(top ? { answerId: answer.id, themeId: top.themeId, confidence: top.confidence } : { answerId: answer.id, themeId: OTHER_THEME_ID, confidence: 0 });
    if (kept.length === 0) untagged.push(answer.id);
    if (!top || top.confidence < lowBelow) lowConfidence.push(answer.id);
  });
  return { tags, primary, lowConfidence, untagged };
}
