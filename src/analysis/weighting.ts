import { kishEffectiveN } from './effective-sample-size.ts';
import { resolveWeights } from './survey-weights.ts';

/** Population margins: question (column) → answer → population share (or count, for post-stratification). */
export type PopulationMargins = Record<string, Record<string, number>>;

export interface WeightingResult {
  /** One weight per respondent, scaled to mean 1 (Σw = n). */
  weights: number[];
  /** Kish design effect due to weighting, n·Σw²/(Σw)². */
  designEffect: number;
  /** Kish effective sample size (Σw)²/Σw². */
  effectiveN: number;
  /** Raking passes made (1 for post-stratification). */
  iterations: number;
  /** True when every margin is met within the tolerance (and the trim bounds hold). */
  converged: boolean;
  /** Largest absolute difference between a weighted share and its target share. */
  maxMarginError: number;
  /** Respondents whose weight sits on a trim bound (0 without trimming). */
  trimmed: number;
  minWeight: number;
  maxWeight: number;
}

export interface RakeOptions {
  /** Design or base weights to start from (default all 1). */
  baseWeights?: readonly number[];
  /** Bounds on the final weight relative to the mean weight, e.g. [0.3, 3]. */
  trim?: [number, number];
  /** Largest allowed |weighted share − target| for convergence (default 1e-6). */
  tolerance?: number;
  /** Maximum raking passes over all margins (default 200). */
  maxIterations?: number;
}

/** How far the target shares of one column may be from summing to 1 before they are rejected. */
export const SHARE_SUM_TOLERANCE = 0.01;

/**
 * Checks population margins against the respondents and returns them as exact shares (each column summing to 1).
 * With `asCounts`, the values may be counts (any positive total); otherwise they must be shares summing to 1 ± 0.01.
 * Throws an Error naming the problem: a column not in the data, a negative share, shares not summing to ~1,
 * an answer in the data (or a missing answer) without a target, or a target answer with a positive share and no respondents.
 * Cost O(n·m). @example checkMargins('rake', { sex: ['f', 'm'] }, { sex: { f: 0.5, m: 0.5 } })
 */
export function checkMargins(
  fn: string, respondents: Readonly<Record<string, readonly string[]>>, margins: PopulationMargins, asCounts = false,
): Record<string, Map<string, number>> {
  const columns = Object.keys(margins);
  if (columns.length === 0) throw new Error(`${fn} requires at least 1 margin`);
  const out: Record<string, Map<string, number>> = {};
  for (const col of columns) {
    const answers = respondents[col];
    if (!answers) throw new Error(`${fn}: target column "${col}" is not in the data`);
    const entries = Object.entries(margins[col]);
    if (entries.length === 0) throw new Error(`${fn}: target column "${col}" has no values`);
    for (const [value, share] of entries) {
      if (!Number.isFinite(share) || share < 0) throw new Error(`${fn}: target for "${col}" = "${value}" is not a non-negative number`);
    }
    const sum = entries.reduce((s, [, v]) => s + v, 0);
    if (!(sum > 0)) throw new Error(`${fn}: targets for column "${col}" sum to 0`);
    if (!asCounts && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      throw new Error(`${fn}: target shares for column "${col}" sum to ${Number(sum.toFixed(4))}, not 1`);
    }
    const shares = new Map(entries.map(([v, s]) => [v, s / sum]));
    const seen = new Set<string>();
    answers.forEach((a, i) => {
      if (a === '') throw new Error(`${fn}: column "${col}" has a missing answer at row index ${i}; every weighted respondent needs one`);
      if (!shares.has(a)) throw new Error(`${fn}: value "${a}" of column "${col}" (row index ${i}) has no target share`);
      seen.add(a);
    });
    for (const [value, share] of shares) {
      if (share > 0 && !seen.has(value)) throw new Error(`${fn}: no respondent has "${col}" = "${value}", yet its target share is ${Number(share.toFixed(4))}`);
    }
    out[col] = shares;
  }
  return out;
}

function summarise(weights: number[], iterations: number, converged: boolean, maxMarginError: number, trimmed: number): WeightingResult {
  return {
    weights, designEffect: weights.length / kishEffectiveN(weights), effectiveN: kishEffectiveN(weights),
    iterations, converged, maxMarginError, trimmed, minWeight: Math.min(...weights), maxWeight: Math.max(...weights),
  };
}

function scaleToMeanOne(w: number[]): number[] {
  const mean = w.reduce((a, b) => a + b, 0) / w.length;
  return w.map((x) => x / mean);
}

function marginError(answers: readonly string[], shares: Map<string, number>, w: number[]): number {
  const totals = new Map<string, number>();
  let total = 0;
  answers.forEach((a, i) => {
    totals.set(a, (totals.get(a) ?? 0) + w[i]);
    total += w[i];
  });
  let worst = 0;
  for (const [value, share] of shares) worst = Math.max(worst, Math.abs((totals.get(value) ?? 0) / total - share));
  return worst;
}

/**
 * Post-stratification: each respondent's base weight is multiplied by (population share of their cell) /
 * (weighted sample share of that cell), so the weighted cell shares equal the population shares exactly.
 * `population` may hold counts or shares (it is normalised). Weights are returned with mean 1.
 * Source: Holt & Smith (1979) JRSS A 142:33–46; Lohr (2010) Sampling, §4.4; R survey::postStratify.
 * Cost O(n). Throws as {@link checkMargins} (cell without target, target cell without respondents).
 * @example postStratify(['E', 'H'], { E: 3, H: 1 }).weights // [1.5, 0.5]
 */
export function postStratify(cells: readonly string[], population: Record<string, number>, baseWeights?: readonly number[]): WeightingResult {
  if (cells.length === 0) throw new Error('postStratify requires at least 1 data point');
  const base = resolveWeights('postStratify', cells.length, baseWeights);
  const shares = checkMargins('postStratify', { cell: cells }, { cell: population }, true).cell;
  const totals = new Map<string, number>();
  let total = 0;
  cells.forEach((c, i) => {
    totals.set(c, (totals.get(c) ?? 0) + base[i]);
    total += base[i];
  });
  const w = scaleToMeanOne(cells.map((c, i) => (base[i] * shares.get(c)! * total) / totals.get(c)!));
  return summarise(w, 1, true, marginError(cells, shares, w), 0);
}

/**
 * Raking (iterative proportional fitting): repeatedly post-stratifies to each margin in turn until every weighted
 * margin matches its population share within `tolerance`. With `trim: [lo, hi]`, weights are bounded to
 * [lo, hi] × mean weight after each pass and raking continues, so the result meets the bounds and, when feasible,
 * the margins ("trimming within raking"). Weights are returned with mean 1, with the Kish design effect.
 * Source: Deming & Stephan (1940) Ann. Math. Statist. 11:427–444; Battaglia, Hoaglin & Frankel (2009) "Practical
 * considerations in raking survey data", Survey Practice 2(5); R survey::rake / calibrate(calfun = "raking").
 * Cost O(iterations · n · margins). Throws as {@link checkMargins} and a RangeError for bad trim bounds.
 * @example rake({ age: ['young', 'old', 'old'] }, { age: { young: 0.5, old: 0.5 } }).weights // [1.5, 0.75, 0.75]
 */
export function rake(
  respondents: Readonly<Record<string, readonly string[]>>, margins: PopulationMargins, options: RakeOptions = {},
): WeightingResult {
  const columns = Object.keys(margins);
  const n = columns.length > 0 ? (respondents[columns[0]]?.length ?? 0) : 0;
  const targets = checkMargins('rake', respondents, margins);
  if (n === 0) throw new Error('rake requires at least 1 data point');
  for (const col of columns) {
    if (respondents[col].length !== n) throw new Error(`rake: column "${col}" has ${respondents[col].length} answers, expected ${n}`);
  }
  const { trim, tolerance = 1e-6, maxIterations = 200 } = options;
  if (trim && !(trim[0] >= 0 && trim[1] > trim[0] && trim[0] <= 1 && trim[1] >= 1)) {
    throw new RangeError(`rake: trim bounds [${trim.join(', ')}] must satisfy 0 ≤ lo ≤ 1 ≤ hi and lo < hi`);
  }
  let w = scaleToMeanOne(resolveWeights('rake', n, options.baseWeights));
  let iterations = 0;
  let error = Infinity;
  let trimmed = 0;
  while (iterations < maxIterations) {
    iterations++;
    for (const col of columns) {
      const answers = respondents[col];
      const totals = new Map<string, number>();
      let total = 0;
      answers.forEach((a, i) => {
        totals.set(a, (totals.get(a) ?? 0) + w[i]);
        total += w[i];
      });
      const shares = targets[col];
      w = w.map((x, i) => {
        const t = totals.get(answers[i])!;
        return t > 0 ? (x * shares.get(answers[i])! * total) / t : x;
      });
    }
    w = scaleToMeanOne(w);
    if (trim) {
      w = w.map((x) => Math.min(trim[1], Math.max(trim[0], x)));
    }
    error = Math.max(...columns.map((c) => marginError(respondents[c], targets[c], w)));
    if (error <= tolerance) break;
  }
  if (trim) {
    // Exact bounds at mean 1; the margins are then re-measured, so `converged` is honest about what trimming cost.
    w = trimWeights(w, trim[0], trim[1]);
    trimmed = w.filter((x) => Math.abs(x - trim[0]) < 1e-9 || Math.abs(x - trim[1]) < 1e-9).length;
    error = Math.max(...columns.map((c) => marginError(respondents[c], targets[c], w)));
  } else {
    w = scaleToMeanOne(w);
  }
  return summarise(w, iterations, error <= tolerance, error, trimmed);
}

/**
 * Trims weights to [lo, hi] × mean weight and redistributes the trimmed excess over the untrimmed weights, so the
 * total is kept: the result is clamp(c·w) with c chosen by bisection so the mean is unchanged (the limit of
 * repeated clamp-and-rescale). Returns new weights with the original mean.
 * Use {@link rake} with `trim` to keep margins after trimming. Source: Potter (1990) "A study of procedures to
 * identify and trim extreme sampling weights", Proc. ASA Survey Research Methods Section, 225–230. Cost O(n·rounds).
 * Throws `trimWeights requires at least 1 data point` and a RangeError for bounds not around 1.
 * @example trimWeights([1, 1, 1, 5], 0.5, 2) // every weight ≤ 2 × mean after trimming
 */
export function trimWeights(weights: readonly number[], lo: number, hi: number): number[] {
  if (weights.length === 0) throw new Error('trimWeights requires at least 1 data point');
  if (!(lo >= 0 && lo <= 1 && hi >= 1 && lo < hi)) throw new RangeError(`trimWeights: bounds [${lo}, ${hi}] must satisfy 0 ≤ lo ≤ 1 ≤ hi`);
  const w0 = resolveWeights('trimWeights', weights.length, weights);
  const mean = w0.reduce((a, b) => a + b, 0) / w0.length;
  if (!(mean > 0)) throw new Error('trimWeights requires a positive total weight');
  // The fixed point of "clamp, then rescale to the mean" is clamp(c·w) for the c at which the mean is 1 again;
  // that mean grows monotonically with c, so bisection finds c exactly.
  const relative = w0.map((x) => x / mean);
  const meanAt = (c: number) => relative.reduce((a, x) => a + Math.min(hi, Math.max(lo, c * x)), 0) / relative.length;
  let low = 0;
  let high = 1;
  while (meanAt(high) < 1) high *= 2;
  for (let k = 0; k < 200 && high - low > 1e-15 * high; k++) {
    const mid = (low + high) / 2;
    if (meanAt(mid) < 1) low = mid;
    else high = mid;
  }
  const w = relative.map((x) => Math.min(hi, Math.max(lo, high * x)));
  return w.map((x) => x * mean);
}
