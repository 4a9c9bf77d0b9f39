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
  /** Sentence openers that make the sentence a request ("graag", "kunnen jullie", "please", "could you"). */
  requestOpeners: string[];
  /** Words that report an absence when they open a clause ("geen", "no"). */
  absenceOpeners: string[];
}

const requireCjs = createRequire(import.meta.url);
// @nlpjs ships the Dutch Snowball-style stemmer with which its Pattern keys were built; the keys only
// match when the same stemmer is used.
const { StemmerNl } = requireCjs('@nlpjs/lang-nl') as { StemmerNl: new () => { stem(word: string): string } };
const stemmerNl = new StemmerNl();
// Loaded with require: tsx's ESM JSON loader turns keys into variable names and fails on AFINN's "await".
const afinn = requireCjs('sentiment/languages/en/labels.json') as Record<string, number>;
const patternNl = requireCjs('@nlpjs/lang-nl/src/sentiment/pattern_nl.json') as Record<string, number>;

/**
 * Base (package) weight of a normalised word, or undefined. Dutch: the Pattern entry of the word or of
 * its adjective base (-e, -er, -ere, -st, -ste removed, double consonant undone); the general stemmer
 * is not used here because it maps nouns and verbs onto adjective stems ("plaats", "laten").
 * Words of three letters or fewer and weak entries (|weight| < 0.6) are ignored: they are mostly
 * function words and ambiguous senses.
 */
export function packageWeight(word: string, lang: SentimentLanguage): number | undefined {
  if (word.length <= 3) return undefined;
  if (lang === 'en') {
    const v = afinn[word];
    return v === undefined ? undefined : v * 0.5;
  }
  for (const base of adjectiveBases(word)) {
    // the Pattern keys are stems: accept a stem only when it is (nearly) the word itself
    const stem = stemmerNl.stem(base);
    const v = patternNl[base] ?? (base.length - stem.length <= 1 && base.startsWith(stem) ? patternNl[stem] : undefined);
    if (v !== undefined && Math.abs(v * 2) >= 0.6) return v * 2;
  }
  return undefined;
}

function adjectiveBases(w: string): string[] {
  const out = [w];
  for (const suffix of ['ste', 'ere', 'er', 'st', 'e']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      out.push(base);
      if (/([bdfgklmnprst])\1$/.test(base)) out.push(base.slice(0, -1));
    }
  }
  return out;
}
