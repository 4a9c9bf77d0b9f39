import { describe, expect, it } from 'vitest';
import { driverAnalysis, importancePerformance } from './drivers.ts';

// R's built-in `swiss` data (47 French-speaking Swiss provinces, 1888): Fertility, Agriculture, Examination,
// Education, Catholic, Infant.Mortality. Published for these data (R: summary(lm(Fertility ~ ., data = swiss))):
// coefficients 66.91518, −0.17211, −0.25801, −0.87094, 0.10412, 1.07705 and Multiple R-squared 0.7067.
const swiss = `80.2 17.0 15 12 9.96 22.2|83.1 45.1 6 9 84.84 22.2|92.5 39.7 5 5 93.40 20.2|85.8 36.5 12 7 33.77 20.3
|76.9 43.5 17 15 5.16 20.6|76.1 35.3 9 7 90.57 26.6|83.8 70.2 16 7 92.85 23.6|92.4 67.8 14 8 97.16 24.9
|82.4 53.3 12 7 97.67 21.0|82.9 45.2 16 13 91.38 24.4|87.1 64.5 14 6 98.61 24.5|64.1 62.0 21 12 8.52 16.5
|66.9 67.5 14 7 2.27 19.1|68.9 60.7 19 12 4.43 22.7|61.7 69.3 22 5 2.82 18.7|68.3 72.6 18 2 24.20 21.2
|71.7 34.0 17 8 3.30 20.0|55.7 19.4 26 28 12.11 20.2|54.3 15.2 31 20 2.15 10.8|65.1 73.0 19 9 2.84 20.0
|65.5 59.8 22 10 5.23 18.0|65.0 55.1 14 3 4.52 22.4|56.6 50.9 22 12 15.14 16.7|57.4 54.1 20 6 4.20 15.3
|72.5 71.2 12 1 2.40 21.0|74.2 58.1 14 8 5.23 23.8|72.0 63.5 6 3 2.56 18.0|60.5 60.8 16 10 7.72 16.3
|58.3 26.8 25 19 18.46 20.9|65.4 49.5 15 8 6.10 22.5|75.5 85.9 3 2 99.71 15.1|69.3 84.9 7 6 99.68 19.8
|77.3 89.7 5 2 100.00 18.3|70.5 78.2 12 6 98.96 19.4|79.4 64.9 7 3 98.22 20.2|65.0 75.9 9 9 99.06 17.8
|92.2 84.6 3 3 99.46 16.3|79.3 63.1 13 13 96.83 18.1|70.4 38.4 26 12 5.62 20.3|65.7 7.7 29 11 13.79 20.5
|72.7 16.7 22 13 11.22 18.9|64.4 17.6 35 32 16.92 23.0|77.6 37.6 15 7 4.97 20.0|67.6 18.7 25 7 8.65 19.5
|35.0 1.2 37 53 42.34 18.0|44.7 46.6 16 29 50.43 18.2|42.8 27.7 22 29 58.33 19.3`
  .split('|').map((r) => r.trim().split(/\s+/).map(Number));
const names = ['Agriculture', 'Examination', 'Education', 'Catholic', 'InfantMortality'];
const fertility = swiss.map((r) => r[0]);
const predictors = Object.fromEntries(names.map((k, j) => [k, swiss.map((r) => r[j + 1])]));

// Independent least squares on the raw data (normal equations with intercept, Gauss–Jordan), not the
// correlation-matrix route used by driverAnalysis.
function ols(y: number[], xs: number[][]): { coef: number[]; r2: number } {
  const X = y.map((_, i) => [1, ...xs.map((x) => x[i])]);
  const k = X[0].length;
  const A = Array.from({ length: k }, (_, a) => [...Array.from({ length: k }, (__, b) => X.reduce((s, r) => s + r[a] * r[b], 0)), X.reduce((s, r, i) => s + r[a] * y[i], 0)]);
  for (let c = 0; c < k; c++) {
    const piv = A[c][c];
    for (let j = c; j <= k; j++) A[c][j] /= piv;
    for (let r = 0; r < k; r++) if (r !== c) { const f = A[r][c]; for (let j = c; j <= k; j++) A[r][j] -= f * A[c][j]; }
  }
  const coef = A.map((row) => row[k]);
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  const sse = y.reduce((s, v, i) => s + (v - X[i].reduce((t, x, j) => t + x * coef[j], 0)) ** 2, 0);
  const sst = y.reduce((s, v) => s + (v - my) ** 2, 0);
  return { coef, r2: 1 - sse / sst };
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('driverAnalysis on swiss', () => {
  const cols = names.map((k) => predictors[k]);

  it('typed data reproduce the published lm fit (coefficients and R² = 0.7067)', () => {
    const { coef, r2 } = ols(fertility, cols);
    [66.91518, -0.17211, -0.25801, -0.87094, 0.10412, 1.07705].forEach((c, i) => expect(coef[i]).toBeCloseTo(c, 4));
    expect(r2).toBeCloseTo(0.7067, 4);
  });

  const d = driverAnalysis(fertility, predictors);

  it('R² matches the published 0.7067', () => {
    expect(d.r2).toBeCloseTo(0.7067, 4);
    expect(d.n).toBe(47);
  });

  it('Shapley/LMG equals the brute-force average over all 120 orders of entry (independent OLS fits)', () => {
    const brute = new Array<number>(5).fill(0);
    const perms = permutations([0, 1, 2, 3, 4]);
    const cache = new Map<string, number>();
    const r2 = (set: number[]) => {
      if (set.length === 0) return 0;
      const key = [...set].sort().join();
      if (!cache.has(key)) cache.set(key, ols(fertility, set.map((j) => cols[j])).r2);
      return cache.get(key)!;
    };
    for (const perm of perms) {
      const entered: number[] = [];
      for (const j of perm) {
        const before = r2(entered);
        entered.push(j);
        brute[j] += (r2(entered) - before) / perms.length;
      }
    }
    names.forEach((k, j) => expect(d.shapleyR2[k]).toBeCloseTo(brute[j], 10));
    const shares = Object.values(d.importance);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("Johnson's relative weights sum to R² (Johnson 2000, property of the method)", () => {
    const sum = Object.values(d.relativeWeightsR2).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(d.r2, 10);
    expect(Object.values(d.relativeWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('with uncorrelated predictors both measures equal the squared correlations', () => {
    // x1, x2 orthogonal and centred by construction; y = x1 + 2·x2 + e.
    const x1 = [1, -1, 1, -1, 1, -1, 1, -1];
    const x2 = [1, 1, -1, -1, 1, 1, -1, -1];
    const e = [0.3, -0.1, 0.2, -0.4, -0.3, 0.1, -0.2, 0.4];
    const y = x1.map((v, i) => v + 2 * x2[i] + e[i]);
    const r = driverAnalysis(y, { x1, x2 });
    const corr = (a: number[], b: number[]) => {
      const ma = a.reduce((s, v) => s + v, 0) / a.length;
      const mb = b.reduce((s, v) => s + v, 0) / b.length;
      const cov = a.reduce((s, v, i) => s + (v - ma) * (b[i] - mb), 0);
      return cov / Math.sqrt(a.reduce((s, v) => s + (v - ma) ** 2, 0) * b.reduce((s, v) => s + (v - mb) ** 2, 0));
    };
    expect(r.shapleyR2.x1).toBeCloseTo(corr(x1, y) ** 2, 10);
    expect(r.relativeWeightsR2.x2).toBeCloseTo(corr(x2, y) ** 2, 10);
    expect(r.smallBase).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => driverAnalysis([1, 2], { a: [1, 2] })).toThrow('driverAnalysis requires at least 3 data points');
    expect(() => driverAnalysis([1, 2, 3], { a: [1, 1, 1] })).toThrow('column "a" is constant');
  });
});

describe('importancePerformance (Martilla & James 1977 quadrants)', () => {
  it('places attributes against the mean importance and performance', () => {
    const q = importancePerformance({ price: 0.5, speed: 0.3, design: 0.1, support: 0.1 }, { price: 3, speed: 4.5, design: 4.4, support: 2 });
    expect(Object.fromEntries(q.map((r) => [r.attribute, r.quadrant]))).toEqual({
      price: 'concentrate-here', speed: 'keep-up', design: 'possible-overkill', support: 'low-priority',
    });
  });
});
