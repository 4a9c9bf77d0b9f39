import { describe, expect, it } from 'vitest';
import { exportColumns, exportRow, type ExportResponse } from './export-columns.ts';
import { bakeryQuestions } from '../../../test/distribution/survey-fixture.ts';

const response: ExportResponse = {
  id: 'r1',
  status: 'complete',
  channel: 'link',
  language: 'nl',
  startedAt: new Date('2026-11-20T10:00:00Z'),
  completedAt: '2026-11-20T10:05:00Z',
  answers: {
    nps: 9,
    visit: 'weekly',
    bought: ['cake', 'bread'],
    quality: { taste: 2, price: 1 },
    priorities: ['near', 'fresh', 'cheap'],
    delivery: false,
    stars: 4,
    remarks: '=SUM(A1)',
  },
};

describe('exportColumns', () => {
  it('gives meta columns, then one column per plain question, per option, per matrix row and per ranking item', () => {
    const keys = exportColumns(bakeryQuestions, 'nl').map((c) => c.key);
    expect(keys).toEqual([
      'response_id', 'status', 'channel', 'language', 'started_at', 'completed_at',
      'nps', 'visit', 'bought_bread', 'bought_cake', 'bought_coffee', 'quality_taste', 'quality_price',
      'priorities_fresh', 'priorities_cheap', 'priorities_near', 'delivery', 'stars', 'contact', 'remarks',
    ]);
  });

  it('labels columns in the chosen language', () => {
    const nl = exportColumns(bakeryQuestions, 'nl').find((c) => c.key === 'bought_cake')!;
    const en = exportColumns(bakeryQuestions, 'en').find((c) => c.key === 'bought_cake')!;
    expect(nl.label).toBe('Wat koopt u? - Taart');
    expect(en.label).toBe('What do you buy? - Cake');
    expect(exportColumns(bakeryQuestions, 'en').find((c) => c.key === 'started_at')!.label).toBe('Started');
  });

  it('keeps keys unique when a part key clashes with a question name', () => {
    const keys = exportColumns(
      [
        { name: 'q_1', type: 'text', title: { nl: 'a', en: 'a' } },
        { name: 'q', type: 'multi', title: { nl: 'b', en: 'b' }, choices: [{ value: 1, text: { nl: 'een', en: 'one' } }] },
      ],
      'en',
    ).map((c) => c.key);
    expect(keys.slice(6)).toEqual(['q_1', 'q_1_2']);
  });
});

describe('exportRow', () => {
  const columns = exportColumns(bakeryQuestions, 'nl');
  const cell = (row: unknown[], key: string) => row[columns.findIndex((c) => c.key === key)];

  it('writes codes: multi as 0/1, matrix rows as the column value, ranking as rank, boolean as 1/0', () => {
    const row = exportRow(columns, bakeryQuestions, response, { lang: 'nl' });
    expect(row.length).toBe(columns.length);
    expect(cell(row, 'bought_bread')).toBe(1);
    expect(cell(row, 'bought_cake')).toBe(1);
    expect(cell(row, 'bought_coffee')).toBe(0);
    expect(cell(row, 'quality_taste')).toBe(2);
    expect(cell(row, 'quality_price')).toBe(1);
    expect(cell(row, 'priorities_near')).toBe(1);
    expect(cell(row, 'priorities_fresh')).toBe(2);
    expect(cell(row, 'priorities_cheap')).toBe(3);
    expect(cell(row, 'delivery')).toBe(0);
    expect(cell(row, 'nps')).toBe(9);
    expect(cell(row, 'visit')).toBe('weekly');
    expect(cell(row, 'contact')).toBeNull();
    expect(cell(row, 'completed_at')).toBe('2026-11-20T10:05:00.000Z');
  });

  it('writes labels in the language when asked', () => {
    const en = exportRow(columns, bakeryQuestions, response, { lang: 'en', values: 'labels' });
    expect(cell(en, 'visit')).toBe('Weekly');
    expect(cell(en, 'quality_taste')).toBe('Good');
    expect(cell(en, 'delivery')).toBe('No');
    const nl = exportRow(columns, bakeryQuestions, response, { lang: 'nl', values: 'labels' });
    expect(cell(nl, 'visit')).toBe('Wekelijks');
    expect(cell(nl, 'delivery')).toBe('Nee');
  });

  it('leaves every part of an unanswered multi, matrix and ranking question empty', () => {
    const row = exportRow(columns, bakeryQuestions, { ...response, answers: {} }, { lang: 'nl' });
    for (const key of ['bought_bread', 'quality_taste', 'priorities_fresh', 'delivery', 'nps']) expect(cell(row, key)).toBeNull();
  });

  it('does not change the response it reads', () => {
    const copy = structuredClone(response);
    exportRow(columns, bakeryQuestions, response, { lang: 'nl' });
    expect(response).toEqual(copy);
  });
});
