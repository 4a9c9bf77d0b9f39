/**
 * The themes of a set of open answers end to end, as the CLI and the server show them: taxonomy
 * tagging first, then clustering of what the taxonomy does not cover, offered as candidate themes.
 */
import { detectLanguage } from './language.ts';
import type { ThemeDefinition } from './taxonomy.ts';
import { tagThemes, type ThemeAnswer, type ThemeCorrection } from './theme-tagging.ts';
import { discoverThemes, type ThemeDiscoveryOptions } from './themes.ts';

export type ThemeMode = 'taxonomy' | 'cluster' | 'auto';

export interface AnalyzedTheme {
  id: string;
  label: string;
  size: number;
  keywords: string[];
  quotes: string[];
  memberIds: string[];
  /** Mean tag confidence of the members (taxonomy themes) or cohesion (clusters), 0..1. */
  confidence: number;
  /** True for a theme found by clustering that is not (yet) part of the taxonomy. */
  candidate: boolean;
}

export interface ThemeAnalysisOptions {
  mode?: ThemeMode;
  /** The workspace's taxonomy: builtinTaxonomy() plus its own themes. Required unless mode 'cluster'. */
  taxonomy?: readonly ThemeDefinition[];
  corrections?: readonly ThemeCorrection[];
  /** Label language; by default the majority language of the answers. */
  labelLanguage?: 'nl' | 'en';
  /** Lowest confidence to count an answer as a member of a taxonomy theme (default 0.2). */
  minConfidence?: number;
  /** Below this the answer is listed for manual check (default 0.5). */
  lowConfidenceBelow?: number;
  /** Fewest answers left over before candidate themes are looked for (default 10). */
  minAnswersForCandidates?: number;
  discovery?: ThemeDiscoveryOptions;
}

export interface ThemeAnalysisResult {
  themes: AnalyzedTheme[];
  /** Answers in no theme. */
  unassigned: string[];
  /** Answers whose taxonomy tag is uncertain, for manual check (taxonomy and auto modes). */
  lowConfidence: string[];
}

/**
 * Themes of open answers. Mode 'taxonomy': each answer joins its best taxonomy theme when the tag
 * confidence is at least `minConfidence` (see tagThemes). Mode 'cluster': discoverThemes only. Mode
 * 'auto' (default): taxonomy first, then the answers no theme took are clustered and the clusters
 * are returned as candidate themes (`candidate: true`). Taxonomy themes are labelled in the answers'
 * majority language, keyed by the vocabulary that matched most, quoted by their most confident
 * members; themes without members are left out.
 *
 * Cost: that of tagThemes plus discoverThemes on the rest. Throws "analyzeThemes requires at least 1
 * data point" for no answers and "analyzeThemes requires a taxonomy" when one is needed but missing.
 *
 * @example
 * analyzeThemes(answers, { taxonomy: builtinTaxonomy() }).themes[0]
 * // → { id: 'delivery', label: 'Wachten en levertijd', size: 60, keywords: ['bezorging', ...], quotes: [...], ... }
 */
export function analyzeThemes(answers: readonly ThemeAnswer[], options: ThemeAnalysisOptions = {}): ThemeAnalysisResult {
  if (answers.length < 1) throw new Error('analyzeThemes requires at least 1 data point');
  const mode = options.mode ?? 'auto';
  const withLang = answers.map((a) => ({ ...a, lang: a.lang ?? detectLanguage(a.text).lang }));
  if (mode === 'cluster') {
    const found = discoverThemes(withLang, options.discovery);
    return {
      themes: found.themes.map((t) => ({ id: t.id, label: t.label, size: t.size, keywords: t.keywords, quotes: t.quotes, memberIds: t.memberIds, confidence: t.cohesion, candidate: true })),
      unassigned: found.unassigned,
      lowConfidence: [],
    };
  }
  if (!options.taxonomy || options.taxonomy.length === 0) throw new Error('analyzeThemes requires a taxonomy');
  const minConfidence = options.minConfidence ?? 0.2;
  const tagging = tagThemes(withLang, options.taxonomy, {
    corrections: options.corrections,
    minConfidence,
    lowConfidenceBelow: options.lowConfidenceBelow,
  });
  const nl = withLang.filter((a) => a.lang === 'nl').length;
  const labelLang = options.labelLanguage ?? (nl >= withLang.length - nl ? 'nl' : 'en');
  const byId = new Map(withLang.map((a) => [a.id, a]));
  const matchedBy = new Map<string, string[]>();
  for (const t of tagging.tags) if (t.confidence > 0) matchedBy.set(`${t.answerId}\u0000${t.themeId}`, t.matched);

  const themes: AnalyzedTheme[] = [];
  const taken = new Set<string>();
  for (const def of options.taxonomy) {
    const members = tagging.primary.filter((p) => p.themeId === def.id && p.confidence >= minConfidence);
    if (members.length === 0) continue;
    const counts = new Map<string, number>();
    for (const m of members) {
      for (const src of matchedBy.get(`${m.answerId}\u0000${def.id}`) ?? []) {
        if (src.startsWith('/') || src.startsWith('example: ') || src === 'correction') continue;
        const word = src.replace(/\*/g, '');
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const keywords = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6).map(([w]) => w);
    const best = [...members].sort((a, b) => b.confidence - a.confidence);
    for (const m of members) taken.add(m.answerId);
    themes.push({
      id: def.id,
      label: def.label[labelLang],
      size: members.length,
      keywords,
      quotes: best.slice(0, 3).map((m) => byId.get(m.answerId)!.text),
      memberIds: members.map((m) => m.answerId),
      confidence: members.reduce((s, m) => s + m.confidence, 0) / members.length,
      candidate: false,
    });
  }
  themes.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  const rest = withLang.filter((a) => !taken.has(a.id));
  let unassigned = rest.map((a) => a.id);
  if (mode === 'auto' && rest.length >= (options.minAnswersForCandidates ?? 10)) {
    try {
      const found = discoverThemes(rest, { idPrefix: 'candidate-', ...options.discovery });
      for (const t of found.themes) {
        themes.push({ id: t.id, label: t.label, size: t.size, keywords: t.keywords, quotes: t.quotes, memberIds: t.memberIds, confidence: t.cohesion, candidate: true });
      }
      unassigned = found.unassigned;
    } catch (err) {
      // Too few of the leftovers have usable words to cluster; they stay unassigned.
      if (!(err instanceof Error && err.message.includes('requires at least'))) throw err;
    }
  }
  return { themes, unassigned, lowConfidence: tagging.lowConfidence };
}
