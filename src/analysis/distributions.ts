// jstat ships no type declarations; this file is the one typed door to it, so the rest of the
// analysis library never touches `any`.
// @ts-ignore -- untyped CommonJS package
import jStatPackage from 'jstat';

interface JStat {
  normal: { inv(p: number, mean: number, sd: number): number; cdf(x: number, mean: number, sd: number): number };
  studentt: { inv(p: number, dof: number): number };
  chisquare: { inv(p: number, dof: number): number };
  ibeta(x: number, a: number, b: number): number;
  lowRegGamma(a: number, x: number): number;
  erfc(x: number): number;
}
const jStat = jStatPackage as unknown as JStat;

/**
 * Quantile of the standard normal distribution (e.g. 0.975 → 1.959964).
 * Source: jStat `normal.inv` (Acklam-type inversion of erfc). Cost O(1). Throws nothing; p outside (0,1) gives ±Infinity/NaN.
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

/**
 * Two-sided p-value of a standard normal statistic z: P(|Z| ≥ |z|), computed with erfc so small p keep precision.
 * Source: Abramowitz & Stegun 26.2.29 via jStat `erfc`. Cost O(1).
 * @example normalTwoSidedP(1.959964) // ≈ 0.05
 */
export function normalTwoSidedP(z: number): number {
  return jStat.erfc(Math.abs(z) / Math.SQRT2);
}

/**
 * Two-sided p-value of Student's t with `df` degrees of freedom (df may be fractional, as in Welch's test):
 * P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2) (regularised incomplete beta). Source: Abramowitz & Stegun 26.7.1. Cost O(1).
 * @example studentTTwoSidedP(-1.860813, 17.77647) // ≈ 0.07939 (R: t.test(extra ~ group, data = sleep))
 */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return jStat.ibeta(df / (df + t * t), df / 2, 0.5);
}

/**
 * Quantile of Student's t distribution with `df` degrees of freedom (df = Infinity gives the normal quantile).
 * Source: jStat `studentt.inv`. Cost O(1).
 * @example studentTQuantile(0.975, 10) // ≈ 2.228139
 */
export function studentTQuantile(p: number, df: number): number {
  if (!Number.isFinite(df) || df > 1e7) return normalQuantile(p);
  return jStat.studentt.inv(p, df);
}

/**
 * Upper-tail probability P(X² ≥ x) of the chi-square distribution with `df` degrees of freedom.
 * Source: regularised lower incomplete gamma (jStat `lowRegGamma`). Cost O(1).
 * @example chiSquareUpperP(30.07, 2) // ≈ 2.95e-7
 */
export function chiSquareUpperP(x: number, df: number): number {
  if (x <= 0) return 1;
  return Math.max(0, 1 - jStat.lowRegGamma(df / 2, x / 2));
}

/**
 * Quantile of the chi-square distribution with `df` degrees of freedom. Source: jStat `chisquare.inv`. Cost O(1).
 * @example chiSquareQuantile(0.95, 1) // ≈ 3.841459
 */
export function chiSquareQuantile(p: number, df: number): number {
  return jStat.chisquare.inv(p, df);
}

/**
 * Upper-tail probability P(F ≥ f) of the F distribution with (df1, df2) degrees of freedom:
 * I_{df2/(df2+df1·f)}(df2/2, df1/2). Source: Abramowitz & Stegun 26.6.2. Cost O(1).
 * @example fUpperP(4.846088, 2, 27) // ≈ 0.01591 (R: anova(lm(weight ~ group, PlantGrowth)))
 */
export function fUpperP(f: number, df1: number, df2: number): number {
  if (f <= 0) return 1;
  return jStat.ibeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}
