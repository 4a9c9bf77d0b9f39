import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenizeForSentiment, wordVariants } from './sentiment-tokens.ts';

describe('tokenizeForSentiment', () => {
  it('keeps words, emoji, emoticons and punctuation, with sentence numbers', () => {
    const t = tokenizeForSentiment("Suuuper service!! 👍🏻 Maar 's avonds dicht :( Why?");
    expect(t.map((x) => [x.norm, x.kind, x.sentence])).toEqual([
      ['suuper', 'word', 0], ['service', 'word', 0], ['!!', 'punct', 0], ['👍🏻', 'emoji', 1], ['maar', 'word', 1],
      ["'s", 'word', 1], ['avonds', 'word', 1], ['dicht', 'word', 1], [':(', 'emoji', 1], ['why', 'word', 1], ['?', 'punct', 1],
    ]);
  });

  it("keeps contractions and hyphenated words whole, and counts numbers", () => {
    const t = tokenizeForSentiment("didn't work, well-made 5 sterren");
    expect(t.map((x) => x.norm)).toEqual(["didn't", 'work', ',', 'well-made', '5', 'sterren']);
    expect(t[4].kind).toBe('number');
  });

  it('returns nothing for empty text', () => {
    expect(tokenizeForSentiment('')).toEqual([]);
  });
});

describe('normalizeWord and wordVariants', () => {
  it('lower-cases, removes accents, straightens apostrophes and cuts stretched letters', () => {
    expect(normalizeWord('Oké')).toBe('oke');
    expect(normalizeWord('Didn’t')).toBe("didn't");
    expect(normalizeWord('Heeeerlijk')).toBe('heerlijk');
    expect(wordVariants('suuuuper')).toEqual(['suuper', 'super']);
    expect(wordVariants('goed')).toEqual(['goed']);
  });
});
