import { EigenvalueDecomposition, Matrix, solve } from 'ml-matrix';
import { resolveWeights, SMALL_BASE, type Weights } from './survey-weights.ts';

export interface DriverAnalysis {
  /** Respondents used. */
  n: number;
  /** R² of the full linear model outcome ~ all predictors. */
  r2: number;
  /** Shapley (LMG) shares of R², summing to 1. */
  importance: Record<string, number>;
  /** Shapley (LMG) contributions in R² units, summing to r2. */
  shapleyR2: Record<string, number>;
  /** Johnson's relative weights as shares of R², summing to 1. */
  relativeWeights: Record<string, number>;
  /** Johnson's raw relative weights in R² units, summing to r2. */
  relativeWeightsR2: Record<string, number>;
  smallBase: boolean;
}

/** Most predictors the exact Shapley decomposition is run for (2^p regressions). */
export const MAX_DRIVERS = 15;

/** Weighted correlation matrix of the columns (outcome first). */
function correlationMatrix(columns: readonly (readonly number[])[], w: number[]): number[][] {
  const sw = w.reduce((a, b) => a + b, 0);
  const means = columns.map((c) => c.reduce((a, v, i) => a + w[i] * v, 0) / sw);
  const k = columns.length;
  const cov = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let i = 0; i < w.length; i++) s += w[i] * (columns[a][i] - means[a]) * (columns[b][i] - means[b]);
      cov[a][b] = cov[b][a] = s;
    }
  }
  return cov.map((row, a) => row.map((v, b) => v / Math.sqrt(cov[a][a] * cov[b][b])));
}

/** R² of y on the predictor subset `idx` from the correlation matrix (y at index 0): r' R⁻¹ r. */
function subsetR2(corr: number[][], idx: number[]): number {
  if (idx.length === 0) return 0;
  const Rxx = new Matrix(idx.map((i) => idx.map((j) => corr[i + 1][j + 1])));
  const rxy = Matrix.columnVector(idx.map((i) => corr[0][i + 1]));
  const beta = solve(Rxx, rxy, true);
  let r2 = 0;
  for (let k = 0; k < idx.length; k++) r2 += beta.get(k, 0) * rxy.get(k, 0);
  return r2;
}

/**
 * Key-driver analysis: how much each attribute rating contributes to explaining an outcome (e.g. overall
 * satisfaction or NPS) in a linear regression, as (1) the Shapley value decomposition of R² — the LMG measure,
 * averaging each predictor's R² increment over all orders of entry — and (2) Johnson's relative weights.
 * Weights, if given, enter through the weighted correlation matrix. Rows must be complete (drop missing first).
 * Source: Lindeman, Merenda & Gold (1980) Introduction to Bivariate and Multivariate Analysis; Grömping, U. (2006)
 * "Relative importance for linear regression in R: the package relaimpo", J. Stat. Software 17(1) (type "lmg");
 * Lipovetsky & Conklin (2001) Applied Stochastic Models in Business and Industry 17:319–330 (Shapley);
 * Johnson, J.W. (2000) "A heuristic method for estimating the relative weight of predictor variables in multiple
 * regression", Multivariate Behavioral Research 35(1):1–19.
 * Cost O(2^p · p³ + n·p²). Throws `driverAnalysis requires at least p + 2 data points`, an Error for more than
 * 15 predictors, for columns of different lengths, for a non-finite value, or for a constant column.
 * @example driverAnalysis(fertility, { Agriculture, Examination, Education, Catholic, InfantMortality }).r2 // 0.7067 (swiss)
 */
export function driverAnalysis(outcome: readonly number[], predictors: Readonly<Record<string, readonly number[]>>, weights?: Weights): DriverAnalysis {
  const names = Object.keys(predictors);
  const p = names.length;
  if (p === 0) throw new Error('driverAnalysis requires at least 1 predictor');
  if (p > MAX_DRIVERS) throw new Error(`driverAnalysis supports at most ${MAX_DRIVERS} predictors (got ${p})`);
  const n = outcome.length;
  if (n < p + 2) throw new Error(`driverAnalysis requires at least ${p + 2} data points`);
  const columns = [outcome, ...names.map((k) => predictors[k])];
  columns.forEach((c, j) => {
    const name = j === 0 ? 'outcome' : names[j - 1];
    if (c.length !== n) throw new Error(`driverAnalysis: column "${name}" has ${c.length} values, expected ${n}`);
    c.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new Error(`driverAnalysis: column "${name}" has a non-finite value at index ${i}`);
    });
  });
  const w = resolveWeights('driverAnalysis', n, weights);
  const corr = correlationMatrix(columns, w);
  corr.forEach((row, j) => {
    if (!Number.isFinite(row[j])) throw new Error(`driverAnalysis: column "${j === 0 ? 'outcome' : names[j - 1]}" is constant`);
  });

  // R² of every subset, indexed by bitmask.
  const r2OfMask = new Float64Array(1 << p);
  for (let mask = 1; mask < 1 << p; mask++) {
    const idx: number[] = [];
    for (let j = 0; j < p; j++) if (mask & (1 << j)) idx.push(j);
    r2OfMask[mask] = subsetR2(corr, idx);
  }
  // Shapley weight of a coalition of size s not containing j: s!(p−s−1)!/p!.
  const fact = [1];
  for (let i = 1; i <= p; i++) fact.push(fact[i - 1] * i);
  const shapley = new Array<number>(p).fill(0);
  for (let mask = 0; mask < 1 << p; mask++) {
    let size = 0;
    for (let j = 0; j < p; j++) if (mask & (1 << j)) size++;
    const weight = (fact[size] * fact[p - size - 1]) / fact[p];
    for (let j = 0; j < p; j++) {
      if (mask & (1 << j)) continue;
      shapley[j] += weight * (r2OfMask[mask | (1 << j)] - r2OfMask[mask]);
    }
  }
  const r2 = r2OfMask[(1 << p) - 1];
  const raw = johnsonRawWeights(corr);
  const toRecord = (values: number[], scale = 1) => Object.fromEntries(names.map((k, j) => [k, values[j] / scale]));
  return {
    n, r2,
    importance: toRecord(shapley, r2),
    shapleyR2: toRecord(shapley),
    relativeWeights: toRecord(raw, raw.reduce((a, b) => a + b, 0)),
    relativeWeightsR2: toRecord(raw),
    smallBase: n < SMALL_BASE,
  };
}

// Johnson (2000): Λ = R_xx^{1/2} (symmetric square root), β = R_xx^{-1/2} r_xy, ε_j = Σ_k Λ_jk² β_k².
function johnsonRawWeights(corr: number[][]): number[] {
  const p = corr.length - 1;
  const Rxx = new Matrix(corr.slice(1).map((row) => row.slice(1)));
  const rxy = corr.slice(1).map((row) => row[0]);
  const evd = new EigenvalueDecomposition(Rxx, { assumeSymmetric: true });
  const V = evd.eigenvectorMatrix;
  const values = evd.realEigenvalues.map((v) => Math.max(v, 1e-12));
  const half = (power: number) => {
    const out = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        let s = 0;
        for (let k = 0; k < p; k++) s += V.get(i, k) * values[k] ** power * V.get(j, k);
        out[i][j] = s;
      }
    }
    return out;
  };
  const sqrtR = half(0.5);
  const invSqrtR = half(-0.5);
  const beta = invSqrtR.map((row) => row.reduce((s, v, k) => s + v * rxy[k], 0));
  return sqrtR.map((row) => row.reduce((s, v, k) => s + v * v * beta[k] * beta[k], 0));
}

export type DriverQuadrant = 'keep-up' | 'concentrate-here' | 'possible-overkill' | 'low-priority';

export interface DriverQuadrantRow {
  attribute: string;
  importance: number;
  performance: number;
  quadrant: DriverQuadrant;
}

/**
 * Importance × performance quadrant: each attribute is placed against the mean importance and mean performance
 * (or the given cut-offs): high importance & high performance "keep-up", high importance & low performance
 * "concentrate-here", low importance & high performance "possible-overkill", low & low "low-priority".
 * Source: Martilla, J.A. & James, J.C. (1977) "Importance-performance analysis", Journal of Marketing 41(1):77–79.
 * Cost O(p). Throws `importancePerformance requires at least 1 data point`, and an Error naming an attribute
 * with no performance figure.
 * @example importancePerformance({ price: 0.6, speed: 0.4 }, { price: 3.1, speed: 4.2 })[0].quadrant // 'concentrate-here'
 */
export function importancePerformance(
  importance: Readonly<Record<string, number>>, performance: Readonly<Record<string, number>>,
  cutoffs?: { importance: number; performance: number },
): DriverQuadrantRow[] {
  const names = Object.keys(importance);
  if (names.length === 0) throw new Error('importancePerformance requires at least 1 data point');
  for (const k of names) {
    if (!Number.isFinite(performance[k])) throw new Error(`importancePerformance: attribute "${k}" has no performance figure`);
  }
  const iCut = cutoffs?.importance ?? names.reduce((s, k) => s + importance[k], 0) / names.length;
  const pCut = cutoffs?.performance ?? names.reduce((s, k) => s + performance[k], 0) / names.length;
  return names.map((attribute) => {
    const hi = importance[attribute] >= iCut;
    const hp = performance[attribute] >= pCut;
    const quadrant: DriverQuadrant = hi ? (hp ? 'keep-up' : 'concentrate-here') : hp ? 'possible-overkill' : 'low-priority';
    return { attribute, importance: importance[attribute], performance: performance[attribute], quadrant };
  });
}
