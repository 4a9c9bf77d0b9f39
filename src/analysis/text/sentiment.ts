/**
 * Sentiment of customers' open answers, Dutch and English: a label, a score in -1..1, and the words
 * that decided it.
 */
import { detectLanguage, type DetectedLanguage } from './language.ts';
import { lexiconEn } from './sentiment-lexicon-en.ts';
import { lexiconNl } from './sentiment-lexicon-nl.ts';
import { compileLexicon, scoreTokens, type CompiledLexicon, type DecisiveToken, type RuleScore } from './sentiment-rules.ts';
import { tokenizeForSentiment } from './sentiment-tokens.ts';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface SentimentResult {
  label: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive): tanh(total / 2.5) of the weighted opinion units. */
  score: number;
  /** The language the text was scored as (detected when asked for 'auto'). */
  lang: DetectedLanguage;
  /** The words and expressions that moved the score, strongest first. */
  decisive: DecisiveToken[];
}

export interface SentimentSummary {
  n: number;
  positive: number;
  neutral: number;
  negative: number;
  shares: { positive: number; neutral: number; negative: number };
  /** Mean score; 0 when n is 0. */
  meanScore: number;
}

/** |score| below this is neutral. Fixed by hand (a single mild word such as "redelijk" stays neutral). */
export const NEUTRAL_BAND = 0.2;
const SCALE = 2.5;

let compiled: { nl: CompiledLexicon; en: CompiledLexicon } | undefined;
function lexicons() {
  compiled ??= { nl: compileLexicon('nl', lexiconNl), en: compileLexicon('en', lexiconEn) };
  return compiled;
}

function labelOf(score: number): SentimentLabel {
  return score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}

/**
 * Sentiment of one customer answer (Dutch or English).
 *
 * Method: a curated customer-language lexicon (sentiment-lexicon-nl.ts / -en.ts) over the maintained
 * package lexicons (Pattern via @nlpjs/lang-nl; AFINN-165 via `sentiment`), with hand-set rules for
 * negation scope, intensifiers, diminishers, "te"/"too" + adjective, contrast ("maar", "but"),
 * exclamation, complaint questions, suggestions and emoji (see sentiment-rules.ts; after VADER,
 * Hutto & Gilbert 2014, and SO-CAL, Taboada et al. 2011). score = tanh(sum / 2.5); |score| < 0.2 is
 * neutral. With lang 'auto' (default) the language comes from detectLanguage; text detected as
 * 'other' (too short, or another language) is scored with both lexicons and the one that finds more
 * opinion words wins.
 * Cost: O(length of text × number of phrases). Never throws; empty text is neutral with score 0.
 *
 * @example
 * analyzeSentiment('Wel lekker, maar veel te duur').label // → 'negative'
 * analyzeSentiment('Not bad at all, would recommend!', 'en').label // → 'positive'
 */
export function analyzeSentiment(text: string, lang: 'nl' | 'en' | 'auto' = 'auto'): SentimentResult {
  const tokens = tokenizeForSentiment(text ?? '');
  const lex = lexicons();
  let used: DetectedLanguage;
  let result: RuleScore;
  if (lang === 'nl' || lang === 'en') {
    used = lang;
    result = scoreTokens(tokens, lex[lang]);
  } else {
    used = detectLanguage(text ?? '').lang;
    if (used === 'other') {
      const nl = scoreTokens(tokens, lex.nl);
      const en = scoreTokens(tokens, lex.en);
      result = en.hits > nl.hits ? en : nl;
    } else {
      result = scoreTokens(tokens, lex[used]);
    }
  }
  const score = Math.round(Math.tanh(result.total / SCALE) * 1000) / 1000;
  return { label: labelOf(score), score, lang: used, decisive: result.decisive };
}

/**
 * Counts, shares and mean score of a list of sentiment results.
 * Cost: O(n). Never throws; for an empty list all counts, shares and the mean are 0.
 * @example
 * summarizeSentiment([analyzeSentiment('top!'), analyzeSentiment('slecht')]).shares // → { positive: 0.5, neutral: 0, negative: 0.5 }
 */
export function summarizeSentiment(results: readonly Pick<SentimentResult, 'label' | 'score'>[]): SentimentSummary {
  const n = results.length;
  const count = (l: SentimentLabel) => results.filter((r) => r.label === l).length;
  const positive = count('positive');
  const neutral = count('neutral');
  const negative = count('negative');
  const share = (k: number) => (n === 0 ? 0 : k / n);
  return {
    n,
    positive,
    neutral,
    negative,
    shares: { positive: share(positive), neutral: share(neutral), negative: share(negative) },
    meanScore: n === 0 ? 0 : results.reduce((s, r) => s + r.score, 0) / n,
  };
}
