import { describe, expect, it } from 'vitest';
import { rankSimilarIdeas, textTerms, wordKeys } from './similar-ideas.ts';

const ideas = [
  { id: 'a', title: 'Snellere levering van bestellingen', description: 'De levering duurt nu vaak drie dagen.' },
  { id: 'b', title: 'Zuurdesembrood ook op zondag', description: 'Op zondag wil ik ook vers brood.' },
  { id: 'c', title: 'Glutenvrij assortiment', description: 'Meer glutenvrije broden en taart.' },
  { id: 'd', title: 'Online bestellen en ophalen', description: 'Bestel online, haal op in de winkel.' },
  { id: 'e', title: 'Faster delivery', description: 'Deliveries take too long.' },
];

describe('wordKeys', () => {
  it('gives "levering" and "geleverd" a common key', () => {
    const shared = wordKeys('levering').filter((k) => wordKeys('geleverd').includes(k));
    expect(shared).toContain('lever');
  });
  it('gives "bestellen", "bestelling" and "besteld" a common key', () => {
    const keys = ['bestellen', 'bestelling', 'besteld'].map(wordKeys);
    expect(keys.every((k) => k.includes('bestel'))).toBe(true);
  });
  it('leaves words that only end in d alone when they are not participles', () => {
    expect(wordKeys('brood')).not.toContain('bro');
  });
});

describe('textTerms', () => {
  it('drops Dutch and English stopwords', () => {
    expect(textTerms('de het een the and brood').length).toBe(1);
  });
});

describe('rankSimilarIdeas', () => {
  it('finds the delivery idea for a draft that says "geleverd"', () => {
    const r = rankSimilarIdeas('Mijn brood wordt te laat geleverd', ideas);
    expect(r[0].id).toBe('a');
  });
  it('finds the Sunday sourdough idea in other words', () => {
    const r = rankSimilarIdeas('zondags zuurdesem brood', ideas);
    expect(r.map((x) => x.id)).toContain('b');
    expect(r[0].id).toBe('b');
  });
  it('matches English plural and singular ("deliveries" / "delivery")', () => {
    expect(rankSimilarIdeas('delivery is slow', ideas)[0].id).toBe('e');
  });
  it('returns nothing for a draft of only stopwords or an unrelated subject', () => {
    expect(rankSimilarIdeas('de het een', ideas)).toEqual([]);
    expect(rankSimilarIdeas('parkeerplaats voor fietsen', ideas)).toEqual([]);
  });
});
