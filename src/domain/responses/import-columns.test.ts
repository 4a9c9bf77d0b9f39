import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { exportColumns, exportRow } from './export-columns.ts';
import { responsesCsv } from './export-csv.ts';
import { readImportRows, suggestImportMapping } from './import-columns.ts';
import { bakeryQuestions } from '../../../test/distribution/survey-fixture.ts';

function table(csv: string) {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return { headers: parsed.data[0], rows: parsed.data.slice(1) };
}

describe('readImportRows', () => {
  it('reads back what the export wrote (round trip), including the formula-guarded text', () => {
    const answers = {
      nps: 7,
      visit: 'monthly',
      bought: ['bread', 'coffee'],
      quality: { taste: 2, price: 1 },
      priorities: ['cheap', 'near', 'fresh'],
      delivery: true,
      stars: 5,
      contact: 'jan@example.nl',
      remarks: '=lekker',
    };
    const columns = exportColumns(bakeryQuestions, 'nl');
    const csv = responsesCsv(columns, [exportRow(columns, bakeryQuestions, { id: 'x', status: 'complete', channel: 'link', language: 'en', startedAt: '2026-01-02T03:04:05Z', completedAt: '2026-01-02T03:09:05Z', answers }, { lang: 'nl' })]);
    expect(csv).toContain("'=lekker");
    const t = table(csv);
    const { responses, problems } = readImportRows(bakeryQuestions, t, suggestImportMapping(t.headers, bakeryQuestions));
    expect(problems).toEqual([]);
    expect(responses).toHaveLength(1);
    expect(responses[0].answers).toEqual(answers);
    expect(responses[0].language).toBe('en');
    expect(responses[0].completedAt?.toISOString()).toBe('2026-01-02T03:09:05.000Z');
  });

  it('maps by label too and accepts choice texts, yes/no words and decimal commas', () => {
    const t = table('Hoe vaak komt u?,Wilt u bezorging?,What do you buy?,Sterren\nMaandelijks,ja,Brood; Koffie,3\nweekly,No,,2');
    const mapping = suggestImportMapping(t.headers, bakeryQuestions);
    expect(mapping).toEqual({ 'Hoe vaak komt u?': 'visit', 'Wilt u bezorging?': 'delivery', 'What do you buy?': '', Sterren: 'stars' });
    const { responses, problems } = readImportRows(bakeryQuestions, t, { ...mapping, 'What do you buy?': 'bought' });
    expect(problems).toEqual([]);
    expect(responses.map((r) => r.answers)).toEqual([
      { visit: 'monthly', delivery: true, bought: ['bread', 'coffee'], stars: 3 },
      { visit: 'weekly', delivery: false, stars: 2 },
    ]);
  });

  it('reports each invalid value with its row and column and keeps only the valid rows', () => {
    const t = table('nps,visit,contact,priorities_fresh,priorities_cheap,quality_taste\n11,weekly,,1,2,\n8,yearly,not-an-email,1,1,3\n10,monthly,a@b.nl,,,2');
    const { responses, problems } = readImportRows(bakeryQuestions, t, suggestImportMapping(t.headers, bakeryQuestions));
    expect(problems).toEqual([
      { row: 2, column: 'nps', reason: '"11" is not a whole number from 0 to 10' },
      { row: 3, column: 'visit', reason: '"yearly" is not one of the choices (weekly, monthly)' },
      { row: 3, column: 'contact', reason: '"not-an-email" is not an e-mail address' },
      { row: 3, column: 'quality_taste', reason: '"3" is not one of the columns (1, 2)' },
      { row: 3, column: 'priorities_cheap', reason: 'rank 1 is given twice' },
    ]);
    expect(responses.map((r) => r.row)).toEqual([4]);
    expect(responses[0].answers).toEqual({ nps: 10, visit: 'monthly', contact: 'a@b.nl', quality: { taste: 2 } });
  });

  it('refuses a mapping to an unknown target or the same target twice, naming the header', () => {
    const t = table('a,b,c\n1,2,3');
    expect(readImportRows(bakeryQuestions, t, { a: 'nps', b: 'nps', c: 'shoe_size' }).problems).toEqual([
      { row: 1, column: 'b', reason: '"nps" is already mapped from column "a"' },
      { row: 1, column: 'c', reason: '"shoe_size" is not a question or column of this survey' },
    ]);
  });

  it('reports a row without any answer', () => {
    const t = table('nps,visit\n,\n5,');
    const { responses, problems } = readImportRows(bakeryQuestions, t, { nps: 'nps', visit: 'visit' });
    expect(problems).toEqual([{ row: 2, column: '', reason: 'no answers' }]);
    expect(responses.map((r) => r.answers)).toEqual([{ nps: 5 }]);
  });
});
