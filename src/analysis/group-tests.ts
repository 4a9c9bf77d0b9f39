import { chiSquareUpperP, fUpperP, normalTwoSidedP, studentTQuantile, studentTTwoSidedP } from './distributions.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

export interface WelchTTestResult {
  meanA: number;
  meanB: number;
  /** meanA − meanB */
  difference: number;
  t: number;
  df: number;
  p: number;
  /** 95% CI of the difference. */
  ci95: [number, number];
  /** Cohen's d with the pooled SD √(((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)). */
  cohensD: number;
  /** Hedges' g = d · (1 − 3/(4(n₁+n₂)−9)). */
  hedgesG: number;
  nA: number;
  nB: number;
  smallBase: boolean;
}

function weightedMoments(fn: string, x: readonly number[], weights: Weights) {
  const w = resolveWeights(fn, x.length, weights);
  const sw = w.reduce((a, b) => a + b, 0);
  const mean = x.reduce((a, v, i) => a + w[i] * v, 0) / sw;
  const n = kishEffectiveN(w);
  const variance = (x.reduce((a, v, i) => a + w[i] * (v - mean) ** 2, 0) / sw) * (n / (n - 1));
  return { mean, variance, n };
}

/**
 * Welch's two-sample t-test (unequal variances) with Welch–Satterthwaite df, 95% CI of the difference,
 * Cohen's d and Hedges' g. Optional weights per group: weighted means/variances with Kish effective n.
 * Source: Welch, B.L. (1947) Biometrika 34:28–35; R `t.test(x, y)`; Cohen (1988) Statistical Power Analysis;
 * Hedges & Olkin (1985) for g. Cost O(n). Throws `welchTTest requires at least 2 data points in each group`.
 * @example welchTTest(sleepGroup1, sleepGroup2).t // −1.8608 (R ?t.test example on `sleep`)
 */
export function welchTTest(a: readonly number[], b: readonly number[], weightsA?: Weights, weightsB?: Weights): WelchTTestResult {
  if (a.length < 2 || b.length < 2) throw new Error('welchTTest requires at least 2 data points in each group');
  const A = weightedMoments('welchTTest', a, weightsA);
  const B = weightedMoments('welchTTest', b, weightsB);
  const va = A.variance / A.n;
  const vb = B.variance / B.n;
  const se = Math.sqrt(va + vb);
  const difference = A.mean - B.mean;
  const t = difference / se;
  const df = (va + vb) ** 2 / (va ** 2 / (A.n - 1) + vb ** 2 / (B.n - 1));
  const q = studentTQuantile(0.975, df);
  const pooled = Math.sqrt(((A.n - 1) * A.variance + (B.n - 1) * B.variance) / (A.n + B.n - 2));
  const cohensD = difference / pooled;
  return {
    meanA: A.mean, meanB: B.mean, difference, t, df, p: studentTTwoSidedP(t, df),
    ci95: [difference - q * se, difference + q * se],
    cohensD, hedgesG: cohensD * (1 - 3 / (4 * (A.n + B.n) - 9)),
    nA: a.length, nB: b.length, smallBase: Math.min(a.length, b.length) < SMALL_BASE,
  };
}

export interface AnovaResult {
  f: number;
  dfBetween: number;
  dfWithin: number;
  p: number;
  ssBetween: number;
  ssWithin: number;
  /** η² = SS_between / SS_total. */
  etaSquared: number;
  /** ω² = (SS_between − df_between·MS_within) / (SS_total + MS_within), less biased than η². */
  omegaSquared: number;
  means: number[];
  ns: number[];
  smallBase: boolean;
}

/**
 * Classical one-way analysis of variance (equal variances) with η² and ω² effect sizes.
 * Source: Fisher (1925); R `anova(lm(y ~ g))`; effect sizes per Olejnik & Algina (2003) Psychological Methods 8:434.
 * Cost O(n). Throws `oneWayAnova requires at least 2 groups` and `oneWayAnova requires at least 1 data point in each group`,
 * and when there are no more observations than groups.
 * @example oneWayAnova([ctrl, trt1, trt2]).f // 4.846 (R: PlantGrowth)
 */
export function oneWayAnova(groups: readonly (readonly number[])[]): AnovaResult {
  if (groups.length < 2) throw new Error('oneWayAnova requires at least 2 groups');
  if (groups.some((g) => g.length === 0)) throw new Error('oneWayAnova requires at least 1 data point in each group');
  const all = groups.flat();
  const N = all.length;
  const k = groups.length;
  if (N <= k) throw new Error(`oneWayAnova requires at least ${k + 1} data points`);
  const grand = all.reduce((a, b) => a + b, 0) / N;
  const means = groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
  const ssBetween = groups.reduce((s, g, i) => s + g.length * (means[i] - grand) ** 2, 0);
  const ssWithin = groups.reduce((s, g, i) => s + g.reduce((a, v) => a + (v - means[i]) ** 2, 0), 0);
  const dfBetween = k - 1;
  const dfWithin = N - k;
  const msWithin = ssWithin / dfWithin;
  const f = ssBetween / dfBetween / msWithin;
  const ssTotal = ssBetween + ssWithin;
  return {
    f, dfBetween, dfWithin, p: fUpperP(f, dfBetween, dfWithin), ssBetween, ssWithin,
    etaSquared: ssBetween / ssTotal,
    omegaSquared: (ssBetween - dfBetween * msWithin) / (ssTotal + msWithin),
    means, ns: groups.map((g) => g.length), smallBase: Math.min(...groups.map((g) => g.length)) < SMALL_BASE,
  };
}

export interface WelchAnovaResult {
  f: number;
  dfBetween: number;
  /** Fractional denominator degrees of freedom. */
  dfWithin: number;
  p: number;
  smallBase: boolean;
}

/**
 * Welch's one-way ANOVA for k groups without assuming equal variances (R `oneway.test(y ~ g)`):
 * weights w_j = n_j/s_j², F = [Σw_j(m_j − m_w)²/(k−1)] / [1 + 2(k−2)/(k²−1)·Λ], Λ = Σ(1 − w_j/Σw)²/(n_j − 1),
 * denominator df = (k²−1)/(3Λ). Source: Welch, B.L. (1951) Biometrika 38:330–336; R ?oneway.test.
 * Cost O(n). Throws `welchAnova requires at least 2 groups`, `welchAnova requires at least 2 data points in each group`,
 * and an Error for a group with zero variance.
 * @example welchAnova([sleep1, sleep2]).f // 3.4626 on 1 and 17.776 df (R ?oneway.test)
 */
export function welchAnova(groups: readonly (readonly number[])[]): WelchAnovaResult {
  const k = groups.length;
  if (k < 2) throw new Error('welchAnova requires at least 2 groups');
  if (groups.some((g) => g.length < 2)) throw new Error('welchAnova requires at least 2 data points in each group');
  const ns = groups.map((g) => g.length);
  const means = groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
  const vars = groups.map((g, j) => g.reduce((a, v) => a + (v - means[j]) ** 2, 0) / (g.length - 1));
  if (vars.some((v) => !(v > 0))) throw new Error('welchAnova: a group has zero variance');
  const w = ns.map((n, j) => n / vars[j]);
  const sw = w.reduce((a, b) => a + b, 0);
  const mw = w.reduce((a, wj, j) => a + wj * means[j], 0) / sw;
  const lambda = w.reduce((a, wj, j) => a + (1 - wj / sw) ** 2 / (ns[j] - 1), 0);
  const f = w.reduce((a, wj, j) => a + wj * (means[j] - mw) ** 2, 0) / (k - 1) / (1 + ((2 * (k - 2)) / (k * k - 1)) * lambda);
  const dfWithin = (k * k - 1) / (3 * lambda);
  return { f, dfBetween: k - 1, dfWithin, p: fUpperP(f, k - 1, dfWithin), smallBase: Math.min(...ns) < SMALL_BASE };
}

/** Mid-ranks (ties get the average rank) of the concatenated values, and Σ(t³ − t) over tie groups. */
function midRanks(values: readonly number[]): { ranks: number[]; tieSum: number } {
  const order = values.map((_, i) => i).sort((x, y) => values[x] - values[y]);
  const ranks = new Array<number>(values.length);
  let tieSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    const t = j - i + 1;
    tieSum += t ** 3 - t;
    i = j + 1;
  }
  return { ranks, tieSum };
}

export interface MannWhitneyResult {
  /** Mann–Whitney U of the first group = R's W: rank sum of `a` − n₁(n₁+1)/2. */
  u: number;
  /** Normal-approximation z (null when the exact test was used). */
  z: number | null;
  p: number;
  exact: boolean;
  /** Rank-biserial correlation r = 2U/(n₁n₂) − 1 (positive when `a` tends to be larger). */
  rankBiserial: number;
  nA: number;
  nB: number;
  smallBase: boolean;
}

/**
 * Mann–Whitney U / Wilcoxon rank-sum test, two-sided, computed as R's `wilcox.test(x, y)`: the exact null
 * distribution when both groups have fewer than 50 values and there are no ties, else the normal approximation
 * with tie-corrected variance and continuity correction. Unweighted (rank tests have no standard weighted form).
 * Source: Mann & Whitney (1947) Ann. Math. Statist. 18:50–60; R ?wilcox.test; rank-biserial per Kerby (2014)
 * Comprehensive Psychology 3. Cost O(n log n), exact path O(n₁·n₂·n₁n₂).
 * Throws `mannWhitneyU requires at least 1 data point in each group`.
 * @example mannWhitneyU(ozoneMay, ozoneAugust).u // 127.5 (R ?wilcox.test, airquality)
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 < 1 || n2 < 1) throw new Error('mannWhitneyU requires at least 1 data point in each group');
  const { ranks, tieSum } = midRanks([...a, ...b]);
  const rankSumA = ranks.slice(0, n1).reduce((s, r) => s + r, 0);
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const rankBiserial = (2 * u) / (n1 * n2) - 1;
  const base = { u, rankBiserial, nA: n1, nB: n2, smallBase: Math.min(n1, n2) < SMALL_BASE };
  if (n1 < 50 && n2 < 50 && tieSum === 0) {
    const cdf = exactUDistribution(n1, n2);
    const lower = (k: number) => (k < 0 ? 0 : cdf[Math.min(k, cdf.length - 1)]);
    const p = u > (n1 * n2) / 2 ? 1 - lower(u - 1) : lower(u);
    return { ...base, z: null, p: Math.min(1, 2 * p), exact: true };
  }
  const N = n1 + n2;
  const mu = (n1 * n2) / 2;
  const sigma = Math.sqrt((n1 * n2 / 12) * (N + 1 - tieSum / (N * (N - 1))));
  const d = u - mu;
  const z = (d - Math.sign(d) * 0.5) / sigma;
  return { ...base, z, p: normalTwoSidedP(z), exact: false };
}

// Cumulative null distribution of U for sample sizes m, n (no ties): counts c(u; m, n) = c(u − n; m − 1, n) + c(u; m, n − 1).
function exactUDistribution(m: number, n: number): number[] {
  const max = m * n;
  // f[i][j] = counts array for sizes (i, j); build row by row to keep memory at O(n·max).
  let prev: number[][] = Array.from({ length: n + 1 }, () => [1]);
  for (let i = 1; i <= m; i++) {
    const cur: number[][] = [[1]];
    for (let j = 1; j <= n; j++) {
      const size = i * j + 1;
      const arr = new Array<number>(size).fill(0);
      const left = cur[j - 1];
      const up = prev[j];
      for (let k = 0; k < size; k++) {
        arr[k] = (k < left.length ? left[k] : 0) + (k - j >= 0 && k - j < up.length ? up[k - j] : 0);
      }
      cur.push(arr);
    }
    prev = cur;
  }
  const counts = prev[n];
  const total = counts.reduce((s, c) => s + c, 0);
  const cdf = new Array<number>(max + 1);
  let acc = 0;
  for (let k = 0; k <= max; k++) {
    acc += counts[k] ?? 0;
    cdf[k] = acc / total;
  }
  return cdf;
}

export interface KruskalWallisResult {
  /** Tie-corrected H statistic (R's "Kruskal-Wallis chi-squared"). */
  h: number;
  df: number;
  p: number;
  /** ε² = H / (n − 1) (Tomczak & Tomczak 2014). */
  epsilonSquared: number;
  ns: number[];
  smallBase: boolean;
}

/**
 * Kruskal–Wallis rank-sum test across k groups, with the tie correction and a chi-square(k−1) p-value, as R's
 * `kruskal.test`; effect size ε². Unweighted. Source: Kruskal & Wallis (1952) JASA 47:583–621; Tomczak &
 * Tomczak (2014) Trends in Sport Sciences 21(1):19–25. Cost O(n log n).
 * Throws `kruskalWallis requires at least 2 groups` and `kruskalWallis requires at least 1 data point in each group`.
 * @example kruskalWallis(ozoneByMonth).h // 29.267 (R ?kruskal.test, airquality)
 */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  if (groups.length < 2) throw new Error('kruskalWallis requires at least 2 groups');
  if (groups.some((g) => g.length === 0)) throw new Error('kruskalWallis requires at least 1 data point in each group');
  const all = groups.flat();
  const N = all.length;
  const { ranks, tieSum } = midRanks(all);
  let offset = 0;
  let s = 0;
  for (const g of groups) {
    const r = ranks.slice(offset, offset + g.length).reduce((a, b) => a + b, 0);
    s += (r * r) / g.length;
    offset += g.length;
  }
  const hRaw = (12 / (N * (N + 1))) * s - 3 * (N + 1);
  const h = hRaw / (1 - tieSum / (N ** 3 - N));
  const df = groups.length - 1;
  return {
    h, df, p: chiSquareUpperP(h, df), epsilonSquared: h / (N - 1),
    ns: groups.map((g) => g.length), smallBase: Math.min(...groups.map((g) => g.length)) < SMALL_BASE,
  };
}

export interface GroupComparison {
  groups: string[];
  parametric: { test: 'welch-t'; result: WelchTTestResult } | { test: 'anova'; result: AnovaResult };
  rank: { test: 'mann-whitney'; result: MannWhitneyResult } | { test: 'kruskal-wallis'; result: KruskalWallisResult };
}

/**
 * Compares a numeric answer across groups: Welch t + Mann–Whitney for two groups, one-way ANOVA +
 * Kruskal–Wallis for more. Groups are ordered by first appearance. Weights (optional) enter the Welch test only.
 * Source: see the individual tests. Cost O(n log n).
 * Throws `compareGroups requires at least 2 groups` and an Error when values and groups differ in length.
 * @example compareGroups([1, 2, 3, 4], ['a', 'a', 'b', 'b']).parametric.test // 'welch-t'
 */
export function compareGroups(values: readonly number[], groupLabels: readonly string[], weights?: Weights): GroupComparison {
  if (values.length !== groupLabels.length) throw new Error('compareGroups: values and groups differ in length');
  const w = resolveWeights('compareGroups', values.length, weights);
  const labels = [...new Set(groupLabels)];
  if (labels.length < 2) throw new Error('compareGroups requires at least 2 groups');
  const byGroup = labels.map((l) => values.filter((_, i) => groupLabels[i] === l));
  if (labels.length === 2) {
    const wByGroup = labels.map((l) => w.filter((_, i) => groupLabels[i] === l));
    return {
      groups: labels,
      parametric: { test: 'welch-t', result: welchTTest(byGroup[0], byGroup[1], weights && wByGroup[0], weights && wByGroup[1]) },
      rank: { test: 'mann-whitney', result: mannWhitneyU(byGroup[0], byGroup[1]) },
    };
  }
  return {
    groups: labels,
    parametric: { test: 'anova', result: oneWayAnova(byGroup) },
    rank: { test: 'kruskal-wallis', result: kruskalWallis(byGroup) },
  };
}
