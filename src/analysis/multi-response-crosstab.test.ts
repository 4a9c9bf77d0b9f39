import { describe, expect, it } from 'vitest';
import { crosstab } from './crosstab.ts';
import { multiResponseCrosstab } from './multi-response-crosstab.ts';

/** n respondents with the same row answers and column answers. */
function people(n: number, rows: string[], cols: string[]) {
  return { rows: Array.from({ length: n }, () => rows), cols: Array.from({ length: n }, () => cols) };
}
function concat(...parts: { rows: string[][]; cols: string[][] }[]) {
  return { rows: parts.flatMap((p) => p.rows), cols: parts.flatMap((p) => p.cols) };
}

// Le, C.T. (2003) Introductory Biostatistics (Wiley), §6.2 Example 6.6, Table 6.6: employment in shipyards among
// non-smoking lung-cancer cases (11 of 61) and controls (35 of 238). Published: pooled p = 0.154, z = 0.64.
// Here "shipyard" is one option of a multiple-response row question (some also name "farm"; the others name
// "other"), the columns are case/control: the cell (shipyard, case) against the rest of the base is that test.
describe('multiResponseCrosstab column-versus-rest test (Le 2003 Example 6.6)', () => {
  const d = concat(
    people(6, ['shipyard'], ['case']), people(5, ['shipyard', 'farm'], ['case']), people(50, ['other'], ['case']),
    people(30, ['shipyard'], ['control']), people(5, ['shipyard', 'farm'], ['control']), people(203, ['other'], ['control']),
  );
  const x = multiResponseCrosstab(d.rows, d.cols, undefined, { rows: ['shipyard', 'farm', 'other'], cols: ['case', 'control'] });

  it('counts respondents in every option they chose; percentages of respondents', () => {
    expect(x.n).toBe(299);
    expect(x.rows).toEqual(['shipyard', 'farm', 'other']);
    expect(x.counts).toEqual([[11, 35], [5, 5], [50, 203]]);
    expect(x.colBases).toEqual([61, 238]);
    expect(x.rowBases).toEqual([46, 10, 253]);
    expect(x.colPercents[0][0]).toBeCloseTo((100 * 11) / 61, 10); // 18.0%
    const caseColumn = x.colPercents.reduce((s, r) => s + r[0], 0);
    expect(caseColumn).toBeCloseTo((100 * 66) / 61, 10); // over 100: five cases named two options
    expect(x.overlapping).toBe(true);
  });

  it('z = 0.64 for shipyard among cases against the rest; −0.64 for controls; Holm over the two columns', () => {
    expect(x.restTests[0][0].z!).toBeCloseTo(0.64, 2);
    expect(x.restTests[0][1].z!).toBeCloseTo(-0.64, 2);
    expect(x.restTests[0][0].p).toBe(1); // two-sided p = 0.52, Holm ×2 capped at 1
    expect(x.restTests[0][0].mark).toBe('');
  });
});

describe('multiResponseCrosstab with overlapping columns', () => {
  // 5 respondents, the last without a column answer: column question multi (x, y), row question single (a, b).
  const rows = [['a'], ['a'], ['b'], ['b'], ['a']];
  const cols = [['x', 'y'], ['x'], ['y'], ['x', 'y'], []];
  const x = multiResponseCrosstab(rows, cols);

  it('leaves out respondents without an answer; rows sum to over 100% of the row base', () => {
    expect(x.n).toBe(4);
    expect(x.counts).toEqual([[2, 1], [1, 2]]);
    expect(x.rowBases).toEqual([2, 2]);
    expect(x.colBases).toEqual([3, 3]);
    expect(x.rowPercents[0]).toEqual([100, 50]);
    expect(x.columnLetters).toEqual(['A', 'B']);
  });

  it("each column against the respondents outside it: z² equals the 2×2 Pearson X² of the crosstab library", () => {
    // column x: in = respondents 1, 2, 4 (a, a, b); rest = respondent 3 (b).
    const inX = rows.slice(0, 4).map((r) => r[0]);
    const grouping = cols.slice(0, 4).map((c) => (c.includes('x') ? 'in' : 'rest'));
    const pearson = crosstab(inX, grouping).chi2!;
    expect(x.restTests[0][0].z! ** 2).toBeCloseTo(pearson, 10);
    expect(x.restTests[0][0].z!).toBeGreaterThan(0);
  });

  it('weights scale the counts and keep shares; does not mutate its input', () => {
    const copy = JSON.stringify([rows, cols]);
    const w = multiResponseCrosstab(rows, cols, [2, 2, 2, 2, 2]);
    expect(w.counts).toEqual([[4, 2], [2, 4]]);
    expect(w.colPercents).toEqual(x.colPercents);
    expect(w.nEffective).toBeCloseTo(4, 10);
    expect(w.restTests[0][0].z!).toBeCloseTo(x.restTests[0][0].z!, 10);
    expect(JSON.stringify([rows, cols])).toBe(copy);
  });

  it('a large difference is marked higher / lower after Holm', () => {
    const d = concat(people(40, ['a'], ['x', 'y']), people(10, ['b'], ['x']), people(5, ['a'], ['y']), people(45, ['b'], ['y']));
    const t = multiResponseCrosstab(d.rows, d.cols);
    // x: 40 of 50 chose a; the rest (y only): 5 of 50 → higher. y: 45 of 90 vs 0 of 10 → higher too.
    expect(t.restTests[0].map((c) => c.mark)).toEqual(['higher', 'higher']);
    expect(t.restTests[1].map((c) => c.mark)).toEqual(['lower', 'lower']);
  });

  it('throws without a respondent who answered both and when lengths differ', () => {
    expect(() => multiResponseCrosstab([[]], [['x']])).toThrow('multiResponseCrosstab requires at least 1 data point');
    expect(() => multiResponseCrosstab([['a']], [])).toThrow(/differ in length/);
  });
});
