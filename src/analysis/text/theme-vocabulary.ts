/**
 * Compiling theme vocabulary (taxonomy.ts term syntax) into regular expressions and scoring a
 * normalised answer against it.
 */
import type { ThemeDefinition, ThemeVocabulary } from './taxonomy.ts';
import type { ThemeLanguage } from './stopwords.ts';
import { normalizeText } from './tokenize.ts';

/** Points for a strong, medium and weak term. */
export const TERM_WEIGHTS = { strong: 3, medium: 2, weak: 1 } as const;

export interface CompiledRule {
  /** The term or pattern as written, shown as the reason for a tag. */
  source: string;
  weight: number;
  /** 'word': an exact token; 'prefix': a token starting with `literal`; 'regex': `re` over the text. */
  kind: 'word' | 'prefix' | 'regex';
  literal: string;
  re?: RegExp;
}

function splitTerm(term: string): string[] {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/€/g, ' euro ')
    .split(/[^a-z0-9*]+/)
    .filter((w) => w !== '');
}

/**
 * Compiles one vocabulary term ("prijs*", "*bezorg*", "te duur", "/regex/") into a regular
 * expression over normalised text (words separated by single spaces).
 *
 * Cost: O(length of the term). Throws "compileTerm requires a non-empty term" for a term without
 * letters or digits; an invalid /regex/ throws its SyntaxError.
 *
 * @example
 * compileTerm('*bezorg*').test('de broodbezorging was laat') // → true
 * compileTerm('te duur').test('veel te duur') // → true
 */
export function compileTerm(term: string): RegExp {
  const t = term.trim();
  if (t.length > 2 && t.startsWith('/') && t.endsWith('/')) return new RegExp(t.slice(1, -1));
  const words = splitTerm(t).filter((w) => w.replace(/\*/g, '') !== '');
  if (words.length === 0) throw new Error('compileTerm requires a non-empty term');
  const parts = words.map((w) => w.split('*').join('[a-z0-9]*'));
  return new RegExp(`(?:^| )${parts.join(' ')}(?= |$)`);
}

/** Compiles a term into the cheapest rule that matches it (a token lookup where possible). */
export function compileRule(term: string, weight: number): CompiledRule {
  const t = term.trim();
  const words = t.startsWith('/') ? [] : splitTerm(t);
  if (words.length === 1 && /^[a-z0-9]+$/.test(words[0])) return { source: term, weight, kind: 'word', literal: words[0] };
  if (words.length === 1 && /^[a-z0-9]+\*$/.test(words[0])) {
    return { source: term, weight, kind: 'prefix', literal: words[0].slice(0, -1) };
  }
  // The longest literal piece must occur in the text: a cheap check before the regular expression.
  const literal = words
    .join(' ')
    .split('*')
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  return { source: term, weight, kind: 'regex', literal, re: compileTerm(t) };
}

/** Compiles a vocabulary into weighted rules, scaled by `scale` (e.g. 0.5 for the other language). */
export function compileVocabulary(v: ThemeVocabulary, scale = 1): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const level of ['strong', 'medium', 'weak'] as const) {
    for (const term of v[level] ?? []) rules.push(compileRule(term, TERM_WEIGHTS[level] * scale));
  }
  for (const p of v.patterns ?? []) {
    rules.push({ source: `/${p.re}/`, weight: p.weight * scale, kind: 'regex', literal: '', re: new RegExp(p.re) });
  }
  return rules;
}

export interface CompiledTheme {
  id: string;
  /** Rules per answer language; 'other' applies both languages at full weight. */
  rules: Record<ThemeLanguage | 'other', CompiledRule[]>;
}

/**
 * Compiles a theme definition for tagging: its own language's vocabulary at full weight, the other
 * language's at `otherLanguageWeight` (Dutch answers borrow English words), keywords (custom
 * themes, added on purpose by the team) at strong weight in every language.
 */
export function compileTheme(theme: ThemeDefinition, otherLanguageWeight: number): CompiledTheme {
  const nl = theme.vocabulary.nl ? compileVocabulary(theme.vocabulary.nl) : [];
  const en = theme.vocabulary.en ? compileVocabulary(theme.vocabulary.en) : [];
  const nlScaled = theme.vocabulary.nl ? compileVocabulary(theme.vocabulary.nl, otherLanguageWeight) : [];
  const enScaled = theme.vocabulary.en ? compileVocabulary(theme.vocabulary.en, otherLanguageWeight) : [];
  const keywords = (theme.keywords ?? []).map((k) => compileRule(k, TERM_WEIGHTS.strong));
  return {
    id: theme.id,
    rules: {
      nl: [...nl, ...enScaled, ...keywords],
      en: [...en, ...nlScaled, ...keywords],
      other: [...nl, ...en, ...keywords],
    },
  };
}

/** A normalised answer prepared for rule matching. */
export interface PreparedText {
  normalized: string;
  tokens: ReadonlySet<string>;
}

/** Normalises an answer once for {@link scoreRules}. */
export function prepareText(text: string): PreparedText {
  const normalized = normalizeText(text);
  return { normalized, tokens: new Set(normalized === '' ? [] : normalized.split(' ')) };
}

/** The text a rule matched (the customer's own word for term rules), or null. */
function ruleMatch(r: CompiledRule, t: PreparedText): string | null {
  if (r.kind === 'word') return t.tokens.has(r.literal) ? r.literal : null;
  if (r.kind === 'prefix') {
    for (const tok of t.tokens) if (tok.startsWith(r.literal)) return tok;
    return null;
  }
  if (r.literal !== '' && !t.normalized.includes(r.literal)) return null;
  const m = r.re!.exec(t.normalized);
  return m ? m[0].trim() : null;
}

/**
 * Scores a prepared answer against compiled rules: the sum of the weights of the distinct rules
 * that match (a rule counts once however often it matches; the same term listed in both languages
 * counts once), and what matched: the customer's words for terms, the /source/ for patterns. Cost: O(rules × tokens) at worst.
 */
export function scoreRules(text: PreparedText, rules: readonly CompiledRule[]): { score: number; matched: string[] } {
  let score = 0;
  const matched: string[] = [];
  let seen: Set<string> | null = null;
  for (const r of rules) {
    const hit = ruleMatch(r, text);
    if (hit === null) continue;
    seen ??= new Set<string>();
    if (seen.has(r.source)) continue;
    seen.add(r.source);
    score += r.weight;
    matched.push(r.source.startsWith('/') ? r.source : hit);
  }
  return { score, matched };
}
