/**
 * The terms an answer contributes to theme discovery: stems of its content words plus the stem
 * bigrams of adjacent content words (common phrases), each with the surface form it came from so
 * that a theme can be labelled in the customer's own words.
 */
import { stemmer } from './stem.ts';
import type { ThemeLanguage } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

export interface AnswerTerms {
  /** Stems and "stem stem" bigrams. */
  terms: string[];
  /** The surface word or word pair behind each term, parallel to `terms`. */
  surfaces: string[];
}

/**
 * Content-word stems and bigrams of an answer. Stopwords (see stopwords.ts) and one-character
 * tokens are dropped before pairing, so "geen enkele reactie" pairs "enkele reactie"; words of
 * digits only are dropped. Stemming uses the answer's language ('other' is stemmed as Dutch).
 *
 * Cost: O(tokens). Never throws.
 *
 * @example
 * answerTerms('Geen reactie op mijn mails', 'nl', stopwordsFor(['nl', 'en']))
 * // → { terms: ['reactie', 'mail', 'reactie mail'], surfaces: ['reactie', 'mails', 'reactie mails'] }
 */
export function answerTerms(text: string, lang: ThemeLanguage | 'other', stop: ReadonlySet<string>): AnswerTerms {
  const stem = stemmer(lang === 'en' ? 'en' : 'nl');
  const words = tokenize(text).filter((w) => w.length > 1 && !stop.has(w) && !/^[0-9]+$/.test(w));
  const stems = words.map(stem);
  const terms = [...stems];
  const surfaces = [...words];
  for (let i = 0; i + 1 < words.length; i++) {
    if (stems[i] === stems[i + 1]) continue;
    terms.push(`${stems[i]} ${stems[i + 1]}`);
    surfaces.push(`${words[i]} ${words[i + 1]}`);
  }
  return { terms, surfaces };
}
