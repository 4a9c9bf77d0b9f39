/**
 * Snowball stemming for Dutch and English, through the snowball-stemmers package (ISC; a JavaScript
 * port of Martin Porter's Snowball stemmers, https://snowballstem.org/).
 */
// @ts-expect-error -- snowball-stemmers ships no type declarations; the one call used is typed below.
import * as snowball from 'snowball-stemmers';
import type { ThemeLanguage } from './stopwords.ts';

interface Stemmer {
  stem(word: string): string;
}
const STEMMERS = new Map<ThemeLanguage, Stemmer>();
const factory = snowball as unknown as { newStemmer(name: string): Stemmer };

/**
 * Returns a memoised stemming function for a language (Snowball "dutch" or "english"). The memo is
 * per returned function so a long run over 100,000 answers stems each distinct word once.
 *
 * Source: Snowball stemmers (Porter, 2001, "Snowball: A language for stemming algorithms"). Cost:
 * O(word length) per new word, O(1) for a seen one. Never throws.
 *
 * @example
 * const stem = stemmer('nl');
 * stem('bestellingen') // → 'bestell'
 * stemmer('en')('deliveries') // → 'deliveri'
 */
export function stemmer(lang: ThemeLanguage): (word: string) => string {
  let s = STEMMERS.get(lang);
  if (!s) {
    s = factory.newStemmer(lang === 'nl' ? 'dutch' : 'english');
    STEMMERS.set(lang, s);
  }
  const engine = s;
  const memo = new Map<string, string>();
  return (word: string) => {
    let r = memo.get(word);
    if (r === undefined) {
      r = /^[0-9]+$/.test(word) ? word : engine.stem(word);
      if (memo.size < 200_000) memo.set(word, r);
    }
    return r;
  };
}
