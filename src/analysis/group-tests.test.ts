import { describe, expect, it } from 'vitest';
import { compareGroups, kruskalWallis, mannWhitneyU, oneWayAnova, welchAnova, welchTTest } from './group-tests.ts';

// R's built-in `sleep` data (Student 1908): extra hours of sleep, group 1 and group 2.
const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

// R's built-in `airquality` Ozone (ppb) by month, NA removed (May 26, June 9, July 26, August 26, September 29 values;
// monthly means 23.615, 29.444, 59.115, 59.962, 31.448 as tapply(Ozone, Month, mean, na.rm = TRUE) prints).
const may = [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45, 115, 37];
const june = [29, 71, 39, 23, 21, 37, 20, 12, 13];
const july = [135, 49, 32, 64, 40, 77, 97, 97, 85, 10, 27, 7, 48, 35, 61, 79, 63, 16, 80, 108, 20, 52, 82, 50, 64, 59];
const august = [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85];
const september = [96, 78, 73, 91, 47, 32, 20, 23, 21, 24, 44, 21, 28, 9, 13, 46, 18, 13, 24, 16, 13, 23, 36, 7, 14, 30, 14, 18, 20];

// R's built-in `PlantGrowth` (Dobson 1983): dried weight by group.
const ctrl = [4.17, 5.58, 5.18, 6.11, 4.5, 4.61, 5.17, 4.53, 5.33, 5.14];
const trt1 = [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69];
const trt2 = [6.31, 5.12, 5.54, 5.5, 5.37, 5.29, 4.92, 6.15, 5.8, 5.26];

const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;

describe('typed data check', () => {
  it('airquality monthly means match R', () => {
    expect([may, june, july, august, september].map(mean).map((m) => Math.round(m * 1000) / 1000)).toEqual([23.615, 29.444, 59.115, 59.962, 31.448]);
  });
});

describe('welchTTest', () => {
  it('R ?t.test: t.test(extra ~ group, data = sleep) → t = −1.8608, df = 17.776, p = 0.07939, CI −3.3654832 … 0.2054832', () => {
    const r = welchTTest(sleep1, sleep2);
    expect(r.t).toBeCloseTo(-1.8608, 4);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.p).toBeCloseTo(0.07939, 5);
    expect(r.ci95[0]).toBeCloseTo(-3.3654832, 6);
    expect(r.ci95[1]).toBeCloseTo(0.2054832, 6);
    expect(r.meanA).toBeCloseTo(0.75, 12);
    expect(r.meanB).toBeCloseTo(2.33, 12);
    expect(r.smallBase).toBe(true);
  });
  it("Cohen's d uses the pooled SD (computed independently here) and Hedges' g the small-sample factor", () => {
    const r = welchTTest(sleep1, sleep2);
    const v = (x: number[]) => x.reduce((a, b) => a + (b - mean(x)) ** 2, 0) / (x.length - 1);
    const d = (0.75 - 2.33) / Math.sqrt((9 * v(sleep1) + 9 * v(sleep2)) / 18);
    expect(r.cohensD).toBeCloseTo(d, 12);
    expect(r.hedgesG).toBeCloseTo(d * (1 - 3 / 71), 12);
  });
  it('equal weights change nothing', () => {
    const r = welchTTest(sleep1, sleep2, new Array<number>(10).fill(2), new Array<number>(10).fill(2));
    expect(r.t).toBeCloseTo(-1.8608, 4);
    expect(() => welchTTest([1], [1, 2])).toThrow('welchTTest requires at least 2 data points in each group');
  });
});

describe('oneWayAnova', () => {
  it('R: anova(lm(weight ~ group, data = PlantGrowth)) → SS 3.7663 / 10.4921, F = 4.8461 on 2 and 27 df, p = 0.01591', () => {
    const r = oneWayAnova([ctrl, trt1, trt2]);
    expect(r.ssBetween).toBeCloseTo(3.7663, 4);
    expect(r.ssWithin).toBeCloseTo(10.4921, 4);
    expect(r.f).toBeCloseTo(4.8461, 4);
    expect(r.dfBetween).toBe(2);
    expect(r.dfWithin).toBe(27);
    expect(r.p).toBeCloseTo(0.01591, 5);
    expect(r.etaSquared).toBeCloseTo(3.7663 / (3.7663 + 10.4921), 4);
    expect(r.means.map((m) => Math.round(m * 1000) / 1000)).toEqual([5.032, 4.661, 5.526]);
  });
  it('F on two groups equals Welch-free t² (R oneway.test(var.equal = TRUE) on sleep: F = 3.4626, df 1, 18, p = 0.07919)', () => {
    const r = oneWayAnova([sleep1, sleep2]);
    expect(r.f).toBeCloseTo(3.4626, 4);
    expect(r.p).toBeCloseTo(0.07919, 5);
  });
});

describe('welchAnova', () => {
  it('R ?oneway.test: oneway.test(extra ~ group, data = sleep) → F = 3.4626, num df = 1, denom df = 17.776, p = 0.07939', () => {
    const r = welchAnova([sleep1, sleep2]);
    expect(r.f).toBeCloseTo(3.4626, 4);
    expect(r.dfBetween).toBe(1);
    expect(r.dfWithin).toBeCloseTo(17.776, 3);
    expect(r.p).toBeCloseTo(0.07939, 5);
  });
  it('for two groups F equals the square of the Welch t (independent route)', () => {
    expect(welchAnova([ctrl, trt2]).f).toBeCloseTo(welchTTest(ctrl, trt2).t ** 2, 10);
  });
});

describe('mannWhitneyU', () => {
  it('R ?wilcox.test: wilcox.test(Ozone ~ Month, data = airquality, subset = Month %in% c(5, 8)) → W = 127.5, p = 0.0001208', () => {
    const r = mannWhitneyU(may, august);
    expect(r.u).toBe(127.5);
    expect(r.exact).toBe(false);
    expect(r.p).toBeCloseTo(0.0001208, 7);
    expect(r.rankBiserial).toBeCloseTo((2 * 127.5) / (26 * 26) - 1, 12);
  });
  it('R ?wilcox.test exact example (Hollander & Wolfe depression data): W = 35, one-sided p = 0.1272 → two-sided 0.2544', () => {
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const r = mannWhitneyU(x, y);
    expect(r.u).toBe(35);
    expect(r.exact).toBe(true);
    expect(r.p).toBeCloseTo(2 * 0.1272, 3);
  });
});

describe('kruskalWallis', () => {
  it('R ?kruskal.test: kruskal.test(Ozone ~ Month, data = airquality) → 29.267, df = 4, p = 6.901e-06', () => {
    const r = kruskalWallis([may, june, july, august, september]);
    expect(r.h).toBeCloseTo(29.267, 3);
    expect(r.df).toBe(4);
    expect(r.p).toBeCloseTo(6.901e-6, 8);
    expect(r.epsilonSquared).toBeCloseTo(r.h / (116 - 1), 12);
  });
  it('R: kruskal.test(weight ~ group, data = PlantGrowth) → 7.9882, df = 2, p = 0.01842', () => {
    const r = kruskalWallis([ctrl, trt1, trt2]);
    expect(r.h).toBeCloseTo(7.9882, 4);
    expect(r.p).toBeCloseTo(0.01842, 5);
  });
});

describe('compareGroups', () => {
  it('picks Welch + Mann–Whitney for 2 groups, ANOVA + Kruskal–Wallis for more', () => {
    const two = compareGroups([...sleep1, ...sleep2], [...sleep1.map(() => '1'), ...sleep2.map(() => '2')]);
    expect(two.parametric.test).toBe('welch-t');
    expect(two.rank.test).toBe('mann-whitney');
    const three = compareGroups([...ctrl, ...trt1, ...trt2], [...ctrl.map(() => 'c'), ...trt1.map(() => 't1'), ...trt2.map(() => 't2')]);
    expect(three.parametric.test).toBe('anova');
    if (three.parametric.test === 'anova') expect(three.parametric.result.f).toBeCloseTo(4.8461, 4);
    expect(() => compareGroups([1, 2], ['a', 'a'])).toThrow('compareGroups requires at least 2 groups');
  });
});
