import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lexiconNl } from './sentiment-lexicon-nl.ts';
import { normalizeWord } from './sentiment-tokens.ts';

// Cross-check only: the Pattern Dutch adjective lexicon (De Smedt & Daelemans 2012, PDDL) is read
// from shared/data in this test and is not copied into the product.
describe('curated Dutch lexicon', () => {
  it('agrees in direction with the Pattern adjective lexicon where both have a clear polarity', () => {
    const file = path.resolve(process.cwd(), '../shared/data/text/pattern_nl_sentiment_lexicon.csv');
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const senses = new Map<string, number[]>();
    for (const r of rows) {
      const form = normalizeWord(r.form);
      senses.set(form, [...(senses.get(form) ?? []), Number(r.polarity)]);
    }
    const pattern = new Map([...senses].map(([f, ps]) => [f, ps.reduce((s, p) => s + p, 0) / ps.length])); // Pattern averages senses
    const shared = Object.entries(lexiconNl.words).filter(([w, v]) => !w.endsWith('*') && Math.abs(v) >= 1 && Math.abs(pattern.get(w) ?? 0) >= 0.3);
    const disagree = shared.filter(([w, v]) => Math.sign(v) !== Math.sign(pattern.get(w)!));
    console.log(`curated vs Pattern: ${shared.length} shared clear words, ${disagree.length} disagree: ${disagree.map(([w, v]) => `${w} ${v}/${pattern.get(w)!.toFixed(2)}`).join(', ')}`);
    expect(shared.length).toBeGreaterThan(50);
    expect(disagree.length / shared.length).toBeLessThanOrEqual(0.05);
  });

  it('keeps weights on the -3..3 scale and keys normalised', () => {
    for (const [k, v] of [...Object.entries(lexiconNl.words), ...Object.entries(lexiconNl.phrases)]) {
      expect(Math.abs(v), k).toBeLessThanOrEqual(3);
      expect(k, k).toBe(k.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    }
  });
});
