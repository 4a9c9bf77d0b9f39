/**
 * The shape of a sentiment lexicon for customer feedback, and the merge of our curated entries with
 * the maintained package lexicons.
 *
 * Weights are on one scale for all sources: about -3 (very negative) .. +3 (very positive).
 * - Dutch base: the Pattern adjective lexicon as shipped (stemmed) by @nlpjs/lang-nl
 *   (De Smedt & Daelemans 2012, PDDL), polarity -1..1 scaled × 2.
 * - English base: AFINN-165 as shipped by the `sentiment` package (Nielsen 2011), -5..5 scaled × 0.5.
 *   (@nlpjs/lang-en's SentiCon list is not used: in customer text it scores "bad" +0.25, "late" +0.375.)
 * Curated entries (sentiment-lexicon-nl.ts, sentiment-lexicon-en.ts) always take precedence.
 */
import { createRequire } from 'node:module';

export type SentimentLanguage = 'nl' | 'en';

/** Curated customer-language lexicon of one language. All keys are normalised (lower case, no accents). */
export interface CuratedLexicon {
  /** Word → weight (-3..3). A key ending in '*' matches every word that starts with it (inflections). */
  words: Record<string, number>;
  /**
   * Multi-word expressions → weight. Tokens are separated by spaces; 'a|b' is an alternative, '*' any
   * one word, 'pre*' a word starting with 'pre'. A phrase's words are not scored again on their own.
   * Weight 0 marks an expression that neutralises its words (e.g. "not more, not less").
   */
  phrases: Record<string, number>;
  /** Words that flip the polarity of the next opinion word within a few words. */
  negators: string[];
  /** Words that are neutral alone but negative when negated ("not received", "no reply"). */
  expected: string[];
  /** Word → multiplier (> 1) applied to the next opinion word. */
  intensifiers: Record<string, number>;
  /** Word or two-word expression → multiplier (< 1) applied to the next opinion word. */
  diminishers: Record<string, number>;
  /** Word prefixes that intensify the rest of a word ("supersnel", "keilekker"). */
  intensifierPrefixes: string[];
  /** Connectives after which the clause weighs more, and the clause before less ("maar", "but"). */
  contrast: string[];
  /** Words that mark excess when they precede an adjective ("te duur", "too small"). */
  excess: string[];
  /** Gradable adjectives that are negative after an excess word even if they are neutral alone. */
  gradable: string[];
  /** Words that make a clause hypothetical or a suggestion ("zou", "would"): positive words count less. */
  hypothetical: string[];
  /** Question words that make a question a complaint ("waarom", "why"). */
  complaintQuestion: string[];
}

const requireCjs = createRequire(import.meta.url);
// @nlpjs ships the Dutch Snowball-style stemmer with which its Pattern keys were built; the keys only
// match when the same stemmer is used.
const { StemmerNl } = requireCjs('@nlpjs/lang-nl') as { StemmerNl: new () => { stem(word: string): string } };
const stemmerNl = new StemmerNl();
// Loaded with require: tsx's ESM JSON loader turns keys into variable names and fails on AFINN's "await".
const afinn = requireCjs('sentiment/languages/en/labels.json') as Record<string, number>;
const patternNl = requireCjs('@nlpjs/lang-nl/src/sentiment/pattern_nl.json') as Record<string, number>;

/** Base (package) weight of a normalised word, or undefined. */
export function packageWeight(word: string, lang: SentimentLanguage): number | undefined {
  if (lang === 'en') {
    const v = afinn[word];
    return v === undefined ? undefined : v * 0.5;
  }
  const pattern = patternNl;
  const direct = pattern[word];
  if (direct !== undefined) return direct * 2;
  const stem = stemmerNl.stem(word);
  const v = pattern[stem];
  return v === undefined ? undefined : v * 2;
}
