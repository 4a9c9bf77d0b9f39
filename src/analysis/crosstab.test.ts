import { describe, expect, it } from 'vitest';
import { crosstab } from './crosstab.ts';

// Agresti, A. (2007) An Introduction to Categorical Data Analysis, 2nd ed., Table 2.5 (party identification by
// gender, GSS): females 762 Dem, 327 Ind, 468 Rep; males 484, 239, 477. Published: X² = 30.07, df = 2,
// P < 0.001; expected counts 703.7, 319.6, 533.7 / 542.3, 246.4, 411.3 (Table 2.6). R's ?chisq.test uses
// the same table: X-squared = 30.07, df = 2, p-value = 2.954e-07.
function expand(table: number[][], rowLabels: string[], colLabels: string[]) {
  const r: string[] = [];
  const c: string[] = [];
  table.forEach((row, i) => row.forEach((n, j) => {
    for (let k = 0; k < n; k++) { r.push(rowLabels[i]); c.push(colLabels[j]); }
  }));
  return { r, c };
}

describe('crosstab (Agresti 2007 Table 2.5)', () => {
  const { r, c } = expand([[762, 327, 468], [484, 239, 477]], ['female', 'male'], ['democrat', 'independent', 'republican']);
  const x = crosstab(r, c);

  it('counts, chi-square, df, p and expected counts', () => {
    expect(x.rows).toEqual(['female', 'male']);
    expect(x.cols).toEqual(['democrat', 'independent', 'republican']);
    expect(x.counts).toEqual([[762, 327, 468], [484, 239, 477]]);
    expect(x.chi2!).toBeCloseTo(30.07, 2);
    expect(x.df).toBe(2);
    expect(x.p!).toBeCloseTo(2.954e-7, 9);
    const published = [[703.7, 319.6, 533.7], [542.3, 246.4, 411.3]];
    published.forEach((row, i) => row.forEach((e, j) => expect(x.expected[i][j]).toBeCloseTo(e, 1)));
    expect(x.expectedBelow5.flat().some(Boolean)).toBe(false);
  });

  it("Cramér's V = √(X²/(N·(min(r,c)−1))) = √(30.07/2757)", () => {
    expect(x.cramersV!).toBeCloseTo(Math.sqrt(30.0701 / 2757), 4);
  });

  it('row and column percentages', () => {
    expect(x.rowPercents[0][0]).toBeCloseTo((100 * 762) / 1557, 10);
    expect(x.colPercents[1][2]).toBeCloseTo((100 * 477) / 945, 10);
  });

  it('column-proportion letters: gender as columns', () => {
    // Democrats: 762/1557 = 48.9% of women vs 484/1200 = 40.3% of men, z ≈ 4.5 → women's cell carries "B".
    // Independents: 21.0% vs 19.9%, z ≈ 0.7 → no letters. Republicans: 30.1% vs 39.8% → men's cell carries "A".
    const t = crosstab(c, r);
    expect(t.columnLetters).toEqual(['A', 'B']);
    expect(t.columnTests).toEqual([['B', ''], ['', ''], ['', 'A']]);
  });
});

describe('crosstab in the survey\'s answer order (Agresti 2007 Table 2.5, permuted)', () => {
  const { r, c } = expand([[762, 327, 468], [484, 239, 477]], ['female', 'male'], ['democrat', 'independent', 'republican']);
  const sorted = crosstab(r, c);
  const ordered = crosstab(r, c, undefined, { rows: ['male', 'female'], cols: ['republican', 'democrat', 'independent'] });

  it('shows rows and columns in the given order with the same cells, X² = 30.07 and p = 2.954e-07', () => {
    expect(ordered.rows).toEqual(['male', 'female']);
    expect(ordered.cols).toEqual(['republican', 'democrat', 'independent']);
    expect(ordered.counts).toEqual([[477, 484, 239], [468, 762, 327]]);
    expect(ordered.chi2!).toBeCloseTo(30.07, 2);
    expect(ordered.chi2!).toBeCloseTo(sorted.chi2!, 10);
    expect(ordered.p!).toBeCloseTo(sorted.p!, 15);
    expect(ordered.df).toBe(2);
    expect(ordered.expected[1][1]).toBeCloseTo(703.7, 1);
  });

  it('letters name the columns in display order and the tests follow them', () => {
    // gender as columns, men first (A), women (B): Republicans 39.8% of men vs 30.1% of women → men's cell carries
    // "B"; Democrats 48.9% of women vs 40.3% of men → women's cell carries "A" (the same tests as sorted, relabelled).
    const t = crosstab(c, r, undefined, { rows: ['republican', 'democrat', 'independent'], cols: ['male', 'female'] });
    expect(t.columnLetters).toEqual(['A', 'B']);
    expect(t.columnTests).toEqual([['B', ''], ['', 'A'], ['', '']]);
  });

  it('categories the order does not list follow, sorted; listed ones that do not occur are left out', () => {
    const x = crosstab(['b', 'z', 'a', 'y', 'b'], ['x', 'x', 'y', 'y', 'x'], undefined, { rows: ['b', 'a', 'never'] });
    expect(x.rows).toEqual(['b', 'a', 'y', 'z']);
  });
});

describe('crosstab details', () => {
  it('sorts numeric labels as numbers and flags expected < 5 and small bases', () => {
    const x = crosstab(['10', '2', '2', '10', '1'], ['a', 'b', 'a', 'b', 'a']);
    expect(x.rows).toEqual(['1', '2', '10']);
    expect(x.expectedBelow5.flat().every(Boolean)).toBe(true);
    expect(x.smallBase).toBe(true);
    expect(x.flags.join(' ')).toMatch(/expected count below 5/);
  });
  it('weights: counts are weighted and chi-square shrinks by the design effect', () => {
    const { r, c } = expand([[20, 10], [10, 20]], ['a', 'b'], ['x', 'y']);
    const plain = crosstab(r, c);
    const w = r.map((_, i) => (i % 2 === 0 ? 1 : 3)); // alternate 1 and 3 within every cell
    const weighted = crosstab(r, c, w);
    expect(weighted.counts[0][0]).toBe(10 * 1 + 10 * 3);
    // shares are unchanged; n_eff = (Σw)²/Σw² = 120²/300 = 48, so χ² scales by 48/60.
    expect(weighted.nEffective).toBeCloseTo(48, 10);
    expect(weighted.chi2!).toBeCloseTo(plain.chi2! * (48 / 60), 10);
  });
  it('a single row category gives no test', () => {
    const x = crosstab(['a', 'a', 'a'], ['x', 'y', 'x']);
    expect(x.chi2).toBeNull();
    expect(x.p).toBeNull();
  });
});
