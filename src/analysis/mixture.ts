/**
 * Mixture model for mixed survey data (ratings and numbers together with categorical answers): within a
 * class, numbers are independent Gaussians (own mean and variance per class, with a variance floor) and
 * categorical answers are as in latent class analysis (lca.ts). A respondent's likelihood uses only the
 * values they gave. Fitted by EM from seeded random starts; same model-choice report as LCA.
 *
 * Source: finite mixture models with local independence, McLachlan & Peel (2000), Finite Mixture
 * Models, ch. 2-3 (EM), and Vermunt & Magidson (2002), "Latent class cluster analysis", in Hagenaars &
 * McCutcheon, Applied Latent Class Analysis (mixed indicators).
 */
import type { CategoricalResponses } from './lca-responses.ts';
import { createRandom } from './random.ts';

export interface MixedData {
  categorical?: CategoricalResponses;
  /** Numeric columns: names and a rows × columns row-major array, NaN for missing. */
  numeric?: { names: string[]; values: Float64Array };
}

export interface MixtureModel {
  classes: number;
  n: number;
  loglik: number;
  npar: number;
  bic: number;
  aic: number;
  shares: number[];
  /** probs[item][class][category] for the categorical items. */
  probs: number[][][];
  /** means[column][class] and variances[column][class] of the numeric columns. */
  means: number[][];
  variances: number[][];
  /** rows × classes posterior probabilities (NaN rows for respondents without any value). */
  posterior: Float64Array;
  iterations: number;
  converged: boolean;
}

export interface MixtureOptions {
  starts?: number;
  seed?: number;
  maxIterations?: number;
  /** Stop when one iteration gains at most tolerance × max(1, |loglik|) (default 1e-8). */
  tolerance?: number;
  /** Smallest class variance as a fraction of the column's overall variance (default 1e-3). */
  varianceFloor?: number;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Fits a K-class Gaussian/categorical mixture by EM, keeping the best of `starts` seeded random starts
 * (means start at randomly chosen respondents, variances at the overall variance). Classes are ordered
 * by decreasing share. npar = (K-1) + K·Σ(categories-1) + 2·K·(numeric columns).
 *
 * Cost: O(starts × iterations × rows × (items + columns) × K). Throws "fitMixtureModel requires ..."
 * for no columns, fewer than 2 respondents with values, or K < 1.
 *
 * @example
 * const m = fitMixtureModel({ numeric: { names: ['age'], values: Float64Array.from(ages) }, categorical }, 3, { seed: 1 });
 * m.means[0]; // mean age per class
 */
export function fitMixtureModel(data: MixedData, classes: number, options: MixtureOptions = {}): MixtureModel {
  const K = classes;
  if (!Number.isInteger(K) || K < 1) throw new Error('fitMixtureModel requires a whole number of classes >= 1');
  const cat = data.categorical;
  const num = data.numeric;
  const J = cat ? cat.items.length : 0;
  const P = num ? num.names.length : 0;
  if (J + P === 0) throw new Error('fitMixtureModel requires at least 1 column');
  const rows = cat ? cat.rows : num!.values.length / P;
  if (cat && num && num.values.length !== rows * P) throw new Error('fitMixtureModel requires numeric and categorical data of the same rows');
  const ncat = cat ? cat.categories.map((c) => c.length) : [];
  const answered = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < J; j++) if (cat!.codes[i * J + j] >= 0) answered[i] = 1;
    for (let p = 0; p < P; p++) if (!Number.isNaN(num!.values[i * P + p])) answered[i] = 1;
  }
  const n = answered.reduce((s, a) => s + a, 0);
  if (n < 2) throw new Error('fitMixtureModel requires at least 2 respondents with values');
  if (K > n) throw new Error(`fitMixtureModel requires at least ${K} respondents for ${K} classes`);
  const overallVar = Array.from({ length: P }, (_, p) => {
    let s = 0, s2 = 0, m = 0;
    for (let i = 0; i < rows; i++) {
      const x = num!.values[i * P + p];
      if (!Number.isNaN(x)) { s += x; s2 += x * x; m++; }
    }
    return m > 1 ? Math.max((s2 - (s * s) / m) / (m - 1), 1e-12) : 1;
  });
  const floor = overallVar.map((v) => v * (options.varianceFloor ?? 1e-3));
  const tolerance = options.tolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 1000;
  const rng = createRandom(options.seed ?? 1);
  const post = new Float64Array(rows * K);

  type Params = { shares: number[]; probs: number[][][]; means: number[][]; vars: number[][] };
  const estep = (th: Params, out: Float64Array): number => {
    let ll = 0;
    const lp = new Float64Array(K);
    for (let i = 0; i < rows; i++) {
      if (!answered[i]) { for (let k = 0; k < K; k++) out[i * K + k] = Number.NaN; continue; }
      for (let k = 0; k < K; k++) {
        let l = Math.log(Math.max(th.shares[k], 1e-300));
        for (let j = 0; j < J; j++) {
          const c = cat!.codes[i * J + j];
          if (c >= 0) l += Math.log(Math.max(th.probs[j][k][c], 1e-300));
        }
        for (let p = 0; p < P; p++) {
          const x = num!.values[i * P + p];
          if (Number.isNaN(x)) continue;
          const v = th.vars[p][k];
          const d = x - th.means[p][k];
          l += -0.5 * (LOG_2PI + Math.log(v) + (d * d) / v);
        }
        lp[k] = l;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (lp[k] > max) max = lp[k];
      let sum = 0;
      for (let k = 0; k < K; k++) sum += lp[k] = Math.exp(lp[k] - max);
      for (let k = 0; k < K; k++) out[i * K + k] = lp[k] / sum;
      ll += max + Math.log(sum);
    }
    return ll;
  };
  const mstep = (w: Float64Array, th: Params) => {
    for (let k = 0; k < K; k++) {
      let tot = 0;
      for (let i = 0; i < rows; i++) if (answered[i]) tot += w[i * K + k];
      th.shares[k] = tot / n;
      for (let j = 0; j < J; j++) {
        const counts = new Array(ncat[j]).fill(0);
        let d = 0;
        for (let i = 0; i < rows; i++) {
          const c = cat!.codes[i * J + j];
          if (c >= 0) { counts[c] += w[i * K + k]; d += w[i * K + k]; }
        }
        if (d > 0) th.probs[j][k] = counts.map((x) => x / d);
      }
      for (let p = 0; p < P; p++) {
        let sw = 0, sx = 0, sxx = 0;
        for (let i = 0; i < rows; i++) {
          const x = num!.values[i * P + p];
          if (Number.isNaN(x)) continue;
          const q = w[i * K + k];
          sw += q; sx += q * x; sxx += q * x * x;
        }
        if (sw > 0) {
          const mean = sx / sw;
          th.means[p][k] = mean;
          th.vars[p][k] = Math.max(sxx / sw - mean * mean, floor[p]);
        }
      }
    }
  };

  let best: { th: Params; ll: number; it: number; conv: boolean } | null = null;
  const starts = K === 1 ? 1 : Math.max(1, options.starts ?? 10);
  const withValues = Array.from({ length: rows }, (_, i) => i).filter((i) => answered[i]);
  for (let s = 0; s < starts; s++) {
    // Start: a random hard assignment (each class seeded by one respondent plus random others), then an M-step.
    const w = new Float64Array(rows * K);
    for (const i of withValues) w[i * K + rng.int(K)] = 1;
    for (let k = 0; k < K; k++) {
      const seedRow = withValues[rng.int(withValues.length)];
      w.fill(0, seedRow * K, seedRow * K + K);
      w[seedRow * K + k] = 1;
    }
    const th: Params = {
      shares: new Array(K).fill(1 / K),
      probs: ncat.map((c) => Array.from({ length: K }, () => new Array(c).fill(1 / c))),
      means: Array.from({ length: P }, () => new Array(K).fill(0)),
      vars: overallVar.map((v) => new Array(K).fill(v)),
    };
    mstep(w, th);
    // Spread the starting means: a random respondent's values per class.
    for (let k = 0; k < K; k++) {
      const r = withValues[rng.int(withValues.length)];
      for (let p = 0; p < P; p++) {
        const x = num!.values[r * P + p];
        if (!Number.isNaN(x)) th.means[p][k] = x;
      }
    }
    let prev = -Infinity;
    let it = 0;
    let conv = false;
    let ll = -Infinity;
    while (it < maxIterations) {
      ll = estep(th, post);
      it++;
      if (ll - prev <= tolerance * Math.max(1, Math.abs(ll))) { conv = true; break; }
      prev = ll;
      mstep(post, th);
    }
    if (!best || ll > best.ll) best = { th: structuredClone(th), ll, it, conv };
  }
  const { th, ll, it, conv } = best!;
  estep(th, post);
  const order = Array.from({ length: K }, (_, k) => k).sort((a, b) => th.shares[b] - th.shares[a] || a - b);
  const posterior = new Float64Array(rows * K);
  for (let i = 0; i < rows; i++) for (let r = 0; r < K; r++) posterior[i * K + r] = post[i * K + order[r]];
  const npar = K - 1 + K * ncat.reduce((s, c) => s + c - 1, 0) + 2 * K * P;
  return {
    classes: K,
    n,
    loglik: ll,
    npar,
    bic: -2 * ll + npar * Math.log(n),
    aic: -2 * ll + 2 * npar,
    shares: order.map((k) => th.shares[k]),
    probs: th.probs.map((pk) => order.map((k) => pk[k])),
    means: th.means.map((m) => order.map((k) => m[k])),
    variances: th.vars.map((v) => order.map((k) => v[k])),
    posterior,
    iterations: it,
    converged: conv,
  };
}

/**
 * Fits mixture models for each K and picks the lowest BIC (or AIC); noStructure when K = 1 wins.
 * Cost: the sum of fitMixtureModel over the K values. Throws as fitMixtureModel does.
 *
 * @example
 * const cmp = compareMixtureModels(data, [1, 2, 3, 4], { seed: 1 }); cmp.best;
 */
export function compareMixtureModels(
  data: MixedData,
  classes: readonly number[],
  options: MixtureOptions & { criterion?: 'bic' | 'aic' } = {},
): { models: MixtureModel[]; best: number; criterion: 'bic' | 'aic'; noStructure: boolean } {
  if (classes.length === 0) throw new Error('compareMixtureModels requires at least 1 number of classes');
  const criterion = options.criterion ?? 'bic';
  const models = [...new Set(classes)].sort((a, b) => a - b).map((K) => fitMixtureModel(data, K, options));
  const best = models.reduce((a, b) => (b[criterion] < a[criterion] ? b : a));
  return { models, best: best.classes, criterion, noStructure: best.classes === 1 };
}
