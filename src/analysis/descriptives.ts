import { chiSquareQuantile, normalQuantile, studentTQuantile } from './distributions.ts';
import { kishEffectiveN } from './effective-sample-size.ts';
import { proportion, type ProportionEstimate } from './proportion.ts';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

/** Summary of a numeric answer (rating, number). */
export interface NumericSummary {
  n: number;
  nEffective: number;
  mean: number;
  /** Standard error of the mean: s / √n_eff. */
  se: number;
  /** t interval for the mean with n_eff − 1 degrees of freedom. */
  meanCi95: [number, number];
  median: number;
  /** Woodruff (1952) interval for the median. */
  medianCi95: [number, number];
  sd: number;
  /** Chi-square interval for the standard deviation with n_eff − 1 degrees of freedom. */
  sdCi95: [number, number];
  min: number;
  max: number;
  smallBase: boolean;
}

/**
 * Weighted arithmetic mean Σwx / Σw. Source: any survey text, e.g. Lohr (2010) Sampling, §4.3. Cost O(n).
 * Throws `weightedMean requires at least 1 data point` for an empty array and when all weights are 0.
 * @example weightedMean([1, 2, 3], [1, 1, 2]) // 2.25
 */
export function weightedMean(values: readonly number[], weights?: Weights): number {
  if (values.length === 0) throw new Error('weightedMean requires at least 1 data point');
  let sw = 0;
  let swx = 0;
  if (weights === undefined) {
    for (let i = 0; i < values.length; i++) swx += values[i];
    sw = values.length;
  } else {
    const w = resolveWeights('weightedMean', values.length, weights);
    for (let i = 0; i < values.length; i++) {
      sw += w[i];
      swx += w[i] * values[i];
    }
  }
  if (!(sw > 0)) throw new Error('weightedMean requires at least 1 data point with positive weight');
  return swx / sw;
}

/**
 * Weighted quantile: the smallest value whose cumulative weight share reaches p, averaged with the next value
 * when the share equals p exactly (so the unweighted median of an even-sized sample is the usual midpoint).
 * Source: the weighted empirical distribution function (Lohr 2010, §7.1). Cost O(n log n).
 * Throws `weightedQuantile requires at least 1 data point` and a RangeError for p outside [0, 1].
 * @example weightedQuantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function weightedQuantile(values: readonly number[], p: number, weights?: Weights): number {
  if (values.length === 0) throw new Error('weightedQuantile requires at least 1 data point');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`weightedQuantile: p ${p} outside [0, 1]`);
  const sorted = sortWeighted(values, weights === undefined ? null : resolveWeights('weightedQuantile', values.length, weights));
  if (sorted.values.length === 0) throw new Error('weightedQuantile requires at least 1 data point with positive weight');
  return quantileOfSorted(sorted, p);
}

interface SortedSample {
  values: Float64Array;
  /** Cumulative weight share up to and including each sorted value; null when unweighted. */
  cumShare: Float64Array | null;
}

// Unweighted samples use a native typed-array sort (fast on a million answers); weighted ones sort indices.
function sortWeighted(values: readonly number[], w: number[] | null): SortedSample {
  if (w === null) return { values: Float64Array.from(values).sort(), cumShare: null };
  const order = values.map((_, i) => i).filter((i) => w[i] > 0).sort((a, b) => values[a] - values[b]);
  const total = order.reduce((s, i) => s + w[i], 0);
  const sortedValues = new Float64Array(order.length);
  const cumShare = new Float64Array(order.length);
  let cum = 0;
  order.forEach((idx, k) => {
    cum += w[idx];
    sortedValues[k] = values[idx];
    cumShare[k] = cum / total;
  });
  return { values: sortedValues, cumShare };
}

function quantileOfSorted({ values, cumShare }: SortedSample, p: number): number {
  const n = values.length;
  const share = (k: number) => (cumShare === null ? (k + 1) / n : cumShare[k]);
  // first k with share(k) >= p, by binary search (shares are increasing)
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (share(mid) >= p - 1e-12) hi = mid;
    else lo = mid + 1;
  }
  if (Math.abs(share(lo) - p) < 1e-12 && lo + 1 < n) return (values[lo] + values[lo + 1]) / 2;
  return values[lo];
}

/**
 * Mean, median and standard deviation of numeric answers with 95% confidence intervals, weighted or not.
 * Weighted variance s² = Σw(x−x̄)²/Σw · n_eff/(n_eff−1); SE = s/√n_eff (Kish 1965 §11.7);
 * mean CI uses Student's t with n_eff−1 df (equals R's t.test without weights); median CI is Woodruff's
 * (1952, JASA 47:635–646) interval as in R survey::svyquantile; SD CI is the chi-square interval.
 * Cost O(n log n). Throws `describeNumbers requires at least 2 data points`.
 * @example describeNumbers([1, 2, 3, 4, 5]).mean // 3
 */
export function describeNumbers(values: readonly number[], weights?: Weights): NumericSummary {
  if (values.length < 2) throw new Error('describeNumbers requires at least 2 data points');
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`describeNumbers: value at index ${i} is not a finite number`);
  }
  const unweighted = weights === undefined;
  const w = resolveWeights('describeNumbers', values.length, weights);
  const mean = weightedMean(values, unweighted ? undefined : w);
  const sw = w.reduce((a, b) => a + b, 0);
  let ss = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    ss += w[i] * (values[i] - mean) ** 2;
    if (w[i] > 0) {
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
  }
  const nEffective = kishEffectiveN(w);
  if (!(nEffective > 1)) throw new Error('describeNumbers requires at least 2 data points with positive weight');
  const df = nEffective - 1;
  const variance = (ss / sw) * (nEffective / df);
  const sd = Math.sqrt(variance);
  const se = sd / Math.sqrt(nEffective);
  const t = studentTQuantile(0.975, df);
  const z = normalQuantile(0.975);
  const halfP = z * Math.sqrt(0.25 / nEffective);
  const sorted = sortWeighted(values, unweighted ? null : w);
  return {
    n: values.length,
    nEffective,
    mean,
    se,
    meanCi95: [mean - t * se, mean + t * se],
    median: quantileOfSorted(sorted, 0.5),
    medianCi95: [quantileOfSorted(sorted, Math.max(0, 0.5 - halfP)), quantileOfSorted(sorted, Math.min(1, 0.5 + halfP))],
    sd,
    sdCi95: [sd * Math.sqrt(df / chiSquareQuantile(0.975, df)), sd * Math.sqrt(df / chiSquareQuantile(0.025, df))],
    min,
    max,
    smallBase: values.length < SMALL_BASE,
  };
}

/**
 * Top-box share of a rating scale: the (weighted) share of answers in the highest `boxes` points
 * (top-2-box on a 1..5 scale = share of 4 and 5), with a Wilson 95% interval on the Kish base.
 * Source: common market-research practice (e.g. Hague, Market Research in Practice, 4th ed., ch. 11); interval per Wilson (1927).
 * Cost O(n). Throws `topBox requires at least 1 data point`.
 * @example topBox([1, 4, 5, 5], 5).estimate // 0.75
 */
export function topBox(values: readonly number[], scaleMax: number, weights?: Weights, boxes = 2): ProportionEstimate {
  if (values.length === 0) throw new Error('topBox requires at least 1 data point');
  const threshold = scaleMax - boxes + 1;
  return proportion(values.map((v) => v >= threshold), weights);
}
