import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './tokenize.ts';
import { stemmer } from './stem.ts';
import { discoveryStopwords, stopwords } from './stopwords.ts';
import { bigrams, collocations } from './phrases.ts';

describe('normalizeText and tokenize', () => {
  it('removes accents, punctuation and stretched letters, and spells currency', () => {
    expect(normalizeText('Één keer  €24,99?! Suuuper')).toBe('een keer euro 24 99 suuper');
    expect(tokenize("Couldn't find 's avonds")).toEqual(['couldn', 't', 'find', 's', 'avonds']);
    expect(tokenize('  ...  ')).toEqual([]);
  });
});

describe('stemmer', () => {
  it('reproduces the sample vocabulary of the Snowball Dutch stemmer page (snowballstem.org/algorithms/dutch)', () => {
    const stem = stemmer('nl');
    expect(['lichaamsziek', 'lichamelijk', 'lichamelijke', 'lichamelijkheden', 'lichamen', 'lichere', 'licht', 'lichtbeelden'].map(stem))
      .toEqual(['lichaamsziek', 'licham', 'licham', 'licham', 'licham', 'licher', 'licht', 'lichtbeeld']);
  });
  it('reproduces the sample vocabulary of the Snowball English stemmer page (snowballstem.org/algorithms/english)', () => {
    const stem = stemmer('en');
    expect(['consign', 'consigned', 'consigning', 'consignment', 'consist', 'consisted', 'consistency', 'knack', 'knightly', 'knights'].map(stem))
      .toEqual(['consign', 'consign', 'consign', 'consign', 'consist', 'consist', 'consist', 'knack', 'knight', 'knight']);
  });
});

describe('stopwords', () => {
  it('uses stopwords-iso but keeps the words a theme is made of', () => {
    expect(stopwords('nl').has('de')).toBe(true);
    expect(stopwords('en').has('the')).toBe(true);
    for (const w of ['website', 'open', 'price', 'order', 'help']) expect(stopwords('en').has(w)).toBe(false);
    expect(discoveryStopwords(['nl', 'en']).has('jammer')).toBe(true);
    expect(discoveryStopwords(['nl', 'en']).has('bezorging')).toBe(false);
  });
});

describe('phrases', () => {
  it('lists bigrams', () => {
    expect(bigrams(['geen', 'reactie', 'gehad'])).toEqual(['geen reactie', 'reactie gehad']);
  });
  it('scores collocations by normalised PMI (Bouma 2009)', () => {
    // "geen reactie" in 2 of 4 documents; "geen" in 2, "reactie" in 3:
    // npmi = ln(0.5 / (0.5 × 0.75)) / -ln 0.5 = 0.2877 / 0.6931 = 0.415.
    const docs = [['geen', 'reactie'], ['geen', 'reactie', 'gehad'], ['snelle', 'reactie'], ['prima']];
    const found = collocations(docs, { minCount: 2, minNpmi: 0.1 });
    expect(found.map((c) => c.phrase)).toEqual(['geen reactie']);
    expect(found[0].npmi).toBeCloseTo(Math.log(0.5 / (0.5 * 0.75)) / -Math.log(0.5), 12);
    expect(found[0].npmi).toBeCloseTo(0.415, 3);
    expect(() => collocations([['a']])).toThrow('collocations requires at least 2 data points');
  });
});
