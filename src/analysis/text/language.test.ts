import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it('recognises ordinary Dutch and English customer sentences', () => {
    expect(detectLanguage('De bezorging was snel en de bezorger was heel vriendelijk.').lang).toBe('nl');
    expect(detectLanguage('Ik heb nog steeds niets ontvangen, waar blijft mijn bestelling?').lang).toBe('nl');
    expect(detectLanguage('Allee, da was wreed lekker, ik heb er goesting in.').lang).toBe('nl');
    expect(detectLanguage('The delivery was quick and the driver was very friendly.').lang).toBe('en');
    expect(detectLanguage("Still waiting for my order, and nobody answers the phone.").lang).toBe('en');
  });

  it("calls German, French and Spanish text 'other'", () => {
    expect(detectLanguage('Das Essen war sehr gut und der Service auch, aber die Lieferung kam zu spät.').lang).toBe('other');
    expect(detectLanguage("Le service était très bien, mais c'est trop cher pour nous.").lang).toBe('other');
    expect(detectLanguage('El servicio fue muy bueno, pero la entrega es lenta.').lang).toBe('other');
  });

  it("calls too little text 'other' with zero confidence", () => {
    expect(detectLanguage('')).toEqual({ lang: 'other', confidence: 0 });
    expect(detectLanguage('Top!')).toEqual({ lang: 'other', confidence: 0 });
    expect(detectLanguage('👍👍')).toEqual({ lang: 'other', confidence: 0 });
  });

  it('is more confident for longer unambiguous text', () => {
    const short = detectLanguage('niet goed');
    const long = detectLanguage('Het was niet goed, de bestelling kwam te laat en de verpakking was kapot.');
    expect(long.lang).toBe('nl');
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeLessThanOrEqual(1);
  });

  it('agrees with the language column of feedback_dev.csv on at least 98% of rows', () => {
    const file = path.resolve(process.cwd(), '../shared/data/text/feedback_dev.csv');
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(480);
    const agree = rows.filter((r) => detectLanguage(r.text).lang === r.lang).length;
    console.log(`detectLanguage agrees with feedback_dev.csv on ${agree}/${rows.length} rows`);
    // No row is ever called the other language of the pair; a miss is 'other' (too little evidence).
    expect(rows.filter((r) => { const l = detectLanguage(r.text).lang; return l !== r.lang && l !== 'other'; })).toEqual([]);
    expect(agree / rows.length).toBeGreaterThanOrEqual(0.98);
  });
});
