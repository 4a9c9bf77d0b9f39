/**
 * The EM engine behind fitLatentClassModel (lca.ts). Internal: plain typed arrays, no objects per row.
 *
 * Layout. Identical answer patterns are merged into one weighted pattern. Each pattern's observed
 * answers are stored as a run of "flat category" indices (offset of the item + code), so missing
 * answers cost nothing and need no branch: the likelihood of a pattern uses only the items answered
 * (full-information treatment of missing answers). Class-conditional probabilities are stored
 * category-major, class-minor (prob[cat * K + k]), so the inner loop over classes reads and writes
 * contiguous memory, and their logarithms are precomputed once per iteration.
 */
import type { CategoricalResponses } from './lca-responses.ts';

/** Answer patterns with weights, built from some or all rows of a CategoricalResponses. */
export interface PatternData {
  patterns: number;
  /** Number of respondents behind each pattern. */
  weight: Float64Array;
  /** Observed answers of pattern p are flatCat[start[p] .. start[p + 1]). */
  start: Int32Array;
  flatCat: Int32Array;
  /** Pattern of each source row, -1 for a row with no answer at all. */
  rowPattern: Int32Array;
  /** Sum of the weights (respondents with at least one answer). */
  total: number;
}

/**
 * Parameters of one model in one vector theta = [prob (categories × K, category-major) | shares (K)],
 * so that the SQUAREM extrapolation works on a single array.
 */
export interface EmState {
  theta: Float64Array;
  loglik: number;
  iterations: number;
  converged: boolean;
}

/** Item layout shared by all fits of one data set. */
export interface ItemLayout {
  items: number;
  /** offset[j] = first flat category of item j; offset[items] = total categories. */
  offset: Int32Array;
}

/** Smallest probability whose logarithm is used, so a zero never produces -Infinity - -Infinity. */
const PROB_FLOOR = 1e-300;

export function itemLayout(responses: CategoricalResponses): ItemLayout {
  const J = responses.items.length;
  const offset = new Int32Array(J + 1);
  for (let j = 0; j < J; j++) offset[j + 1] = offset[j] + responses.categories[j].length;
  return { items: J, offset };
}

/**
 * Merges identical answer patterns of the given rows (all rows when rows is undefined). Patterns are
 * found through a 53-bit numeric hash of the codes, checked against the first row of the pattern
 * (a string key is used for the rare collision), which is about 5× faster than string keys.
 */
export function buildPatterns(responses: CategoricalResponses, layout: ItemLayout, rows?: ArrayLike<number>): PatternData {
  const J = layout.items;
  const n = rows ? rows.length : responses.rows;
  const codes = responses.codes;
  const byHash = new Map<number, number>();
  const byKey = new Map<string, number>();
  const rowPattern = new Int32Array(n);
  const firstRow: number[] = [];
  const weights: number[] = [];
  const starts: number[] = [0];
  const cats: number[] = [];
  for (let r = 0; r < n; r++) {
    const i = rows ? rows[r] : r;
    const base = i * J;
    let answered = 0;
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let j = 0; j < J; j++) {
      const c = codes[base + j];
      if (c >= 0) answered++;
      h1 = Math.imul(h1 ^ (c + 2), 0x01000193);
      h2 = Math.imul(h2 ^ (c + 7), 0x5bd1e995) ^ (h2 >>> 15);
    }
    if (answered === 0) {
      rowPattern[r] = -1;
      continue;
    }
    const hash = (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff);
    let p = byHash.get(hash);
    if (p !== undefined && !sameRow(codes, firstRow[p] * J, base, J)) {
      const key = Array.from(codes.subarray(base, base + J)).join(',');
      p = byKey.get(key);
      if (p === undefined) {
        p = addPattern(i);
        byKey.set(key, p);
      }
    } else if (p === undefined) {
      p = addPattern(i);
      byHash.set(hash, p);
    }
    weights[p]++;
    rowPattern[r] = p;
  }
  function addPattern(i: number): number {
    const p = weights.length;
    weights.push(0);
    firstRow.push(i);
    for (let j = 0; j < J; j++) {
      const c = codes[i * J + j];
      if (c >= 0) cats.push(layout.offset[j] + c);
    }
    starts.push(cats.length);
    return p;
  }
  let total = 0;
  for (const w of weights) total += w;
  return {
    patterns: weights.length,
    weight: Float64Array.from(weights),
    start: Int32Array.from(starts),
    flatCat: Int32Array.from(cats),
    rowPattern,
    total,
  };
}

function sameRow(codes: Int32Array, a: number, b: number, J: number): boolean {
  for (let j = 0; j < J; j++) if (codes[a + j] !== codes[b + j]) return false;
  return true;
}

/** Random starting values as in poLCA: uniform draws normalised per item and class, equal shares. */
export function randomState(layout: ItemLayout, K: number, next: () => number): EmState {
  const C = layout.offset[layout.items];
  const theta = new Float64Array(C * K + K);
  for (let j = 0; j < layout.items; j++) {
    for (let k = 0; k < K; k++) {
      let sum = 0;
      for (let c = layout.offset[j]; c < layout.offset[j + 1]; c++) {
        const u = next() + 1e-3; // keep every start away from an exact zero
        theta[c * K + k] = u;
        sum += u;
      }
      for (let c = layout.offset[j]; c < layout.offset[j + 1]; c++) theta[c * K + k] /= sum;
    }
  }
  theta.fill(1 / K, C * K);
  return { theta, loglik: -Infinity, iterations: 0, converged: false };
}

/**
 * One EM pass: reads parameters from `theta`, computes the log-likelihood at them (E-step) and the
 * sufficient statistics into `counts` / `newShares`. Generated per K (see emPassKernel).
 */
type EmPass = (
  patterns: number,
  start: Int32Array,
  catK: Int32Array,
  weight: Float64Array,
  logProb: Float64Array,
  logShare: Float64Array,
  counts: Float64Array,
  newShares: Float64Array,
) => number;

const kernels = new Map<number, EmPass>();

/**
 * The E-step pass specialised for a fixed number of classes: the per-class accumulators are local
 * variables and the loops over classes are unrolled, which lets V8 keep them in registers (measured
 * about 1.8× faster than a loop over a variable K). Falls back to a generic loop where code
 * generation is not allowed (e.g. a browser page with a strict Content-Security-Policy).
 */
function emPassKernel(K: number): EmPass {
  let kernel = kernels.get(K);
  if (kernel) return kernel;
  const each = (f: (k: number) => string, sep = '\n') => Array.from({ length: K }, (_, k) => f(k)).join(sep);
  const body = `
    let loglik = 0;
    ${each((k) => `let s${k} = 0;`)}
    ${each((k) => `const g${k} = logShare[${k}];`)}
    for (let p = 0; p < patterns; p++) {
      ${each((k) => `let l${k} = g${k};`)}
      const from = start[p], end = start[p + 1];
      for (let t = from; t < end; t++) { const b = catK[t]; ${each((k) => `l${k} += logProb[b + ${k}];`, ' ')} }
      let max = l0; ${each((k) => (k ? `if (l${k} > max) max = l${k};` : ''), ' ')}
      ${each((k) => `l${k} = Math.exp(l${k} - max);`, ' ')}
      const sum = ${each((k) => `l${k}`, ' + ')};
      const w = weight[p];
      loglik += w * (max + Math.log(sum));
      const scale = w / sum;
      ${each((k) => `l${k} *= scale; s${k} += l${k};`, ' ')}
      for (let t = from; t < end; t++) { const b = catK[t]; ${each((k) => `counts[b + ${k}] += l${k};`, ' ')} }
    }
    ${each((k) => `newShares[${k}] = s${k};`, ' ')}
    return loglik;`;
  try {
    kernel = new Function('patterns', 'start', 'catK', 'weight', 'logProb', 'logShare', 'counts', 'newShares', body) as EmPass;
  } catch {
    kernel = genericPass(K);
  }
  kernels.set(K, kernel);
  return kernel;
}

function genericPass(K: number): EmPass {
  const lp = new Float64Array(K);
  return (patterns, start, catK, weight, logProb, logShare, counts, newShares) => {
    let loglik = 0;
    newShares.fill(0);
    for (let p = 0; p < patterns; p++) {
      for (let k = 0; k < K; k++) lp[k] = logShare[k];
      const end = start[p + 1];
      for (let t = start[p]; t < end; t++) {
        const b = catK[t];
        for (let k = 0; k < K; k++) lp[k] += logProb[b + k];
      }
      let max = lp[0];
      for (let k = 1; k < K; k++) if (lp[k] > max) max = lp[k];
      let sum = 0;
      for (let k = 0; k < K; k++) sum += lp[k] = Math.exp(lp[k] - max);
      const w = weight[p];
      loglik += w * (max + Math.log(sum));
      const scale = w / sum;
      for (let k = 0; k < K; k++) newShares[k] += lp[k] *= scale;
      for (let t = start[p]; t < end; t++) {
        const b = catK[t];
        for (let k = 0; k < K; k++) counts[b + k] += lp[k];
      }
    }
    return loglik;
  };
}

/**
 * Scratch buffers and the EM / SQUAREM driver for one data set and one K, reused across starts and
 * iterations so that EM allocates nothing per row or per iteration.
 */
export class EmWorkspace {
  readonly K: number;
  private readonly C: number;
  private readonly catK: Int32Array;
  private readonly logProb: Float64Array;
  private readonly logShare: Float64Array;
  private readonly counts: Float64Array;
  private readonly newShares: Float64Array;
  private readonly pass: EmPass;
  private readonly t1: Float64Array;
  private readonly t2: Float64Array;
  private readonly t3: Float64Array;
  private readonly t4: Float64Array;
  /** Number of EM passes (each one E-step and one M-step over all patterns) done so far. */
  passes = 0;

  constructor(
    readonly data: PatternData,
    readonly layout: ItemLayout,
    K: number,
  ) {
    this.K = K;
    this.C = layout.offset[layout.items];
    this.catK = new Int32Array(data.flatCat.length);
    for (let t = 0; t < data.flatCat.length; t++) this.catK[t] = data.flatCat[t] * K;
    this.logProb = new Float64Array(this.C * K);
    this.logShare = new Float64Array(K);
    this.counts = new Float64Array(this.C * K);
    this.newShares = new Float64Array(K);
    this.pass = emPassKernel(K);
    const size = this.C * K + K;
    this.t1 = new Float64Array(size);
    this.t2 = new Float64Array(size);
    this.t3 = new Float64Array(size);
    this.t4 = new Float64Array(size);
  }

  /** EM map: writes M(theta) into out and returns the log-likelihood at theta. */
  step(theta: Float64Array, out: Float64Array): number {
    const { K, C, logProb, logShare, counts, newShares, layout } = this;
    const n = C * K;
    for (let i = 0; i < n; i++) logProb[i] = Math.log(theta[i] > PROB_FLOOR ? theta[i] : PROB_FLOOR);
    for (let k = 0; k < K; k++) logShare[k] = Math.log(theta[n + k] > PROB_FLOOR ? theta[n + k] : PROB_FLOOR);
    counts.fill(0);
    const d = this.data;
    const loglik = this.pass(d.patterns, d.start, this.catK, d.weight, logProb, logShare, counts, newShares);
    this.passes++;
    for (let k = 0; k < K; k++) out[n + k] = newShares[k] / d.total;
    for (let j = 0; j < layout.items; j++) {
      const from = layout.offset[j];
      const to = layout.offset[j + 1];
      for (let k = 0; k < K; k++) {
        let denom = 0;
        for (let c = from; c < to; c++) denom += counts[c * K + k];
        // A class that no respondent who answered item j belongs to keeps its previous probabilities.
        if (denom > 0) for (let c = from; c < to; c++) out[c * K + k] = counts[c * K + k] / denom;
        else for (let c = from; c < to; c++) out[c * K + k] = theta[c * K + k];
      }
    }
    return loglik;
  }

  /**
   * Runs EM accelerated by SQUAREM (Varadhan & Roland 2008, "Simple and globally convergent methods
   * for accelerating the convergence of any EM algorithm", Scand. J. Statist. 35, scheme S3): two EM
   * steps give r = θ1 - θ0 and v = θ2 - 2θ1 + θ0, the extrapolation θ0 - 2αr + α²v with
   * α = -|r|/|v| is pulled back towards θ2 until all probabilities are non-negative (sums stay 1),
   * then stabilised by one more EM step; when it does not beat θ1 the plain EM point θ2 is used, so
   * the likelihood never goes down. Stops when one cycle gains at most tolerance × max(1, |loglik|)
   * (poLCA's rule on the log-likelihood gain, made relative so it scales with the sample size) or
   * after maxPasses EM passes. The reported log-likelihood is the one at the final parameters.
   */
  run(state: EmState, maxPasses: number, tolerance: number, onCycle?: (passes: number) => void): EmState {
    const { t1, t2, t3, t4 } = this;
    let theta = state.theta;
    let previous = -Infinity;
    const first = this.passes;
    let converged = false;
    let current = -Infinity;
    while (this.passes - first < maxPasses) {
      const ll0 = this.step(theta, t1);
      if (ll0 - previous <= tolerance * Math.max(1, Math.abs(ll0))) {
        current = ll0;
        converged = true;
        break;
      }
      previous = ll0;
      const ll1 = this.step(t1, t2);
      let r2 = 0;
      let v2 = 0;
      for (let i = 0; i < theta.length; i++) {
        const r = t1[i] - theta[i];
        const v = t2[i] - 2 * t1[i] + theta[i];
        r2 += r * r;
        v2 += v * v;
      }
      let next: Float64Array = t2;
      if (v2 > 0 && r2 > 0) {
        let alpha = -Math.sqrt(r2 / v2);
        if (alpha > -1) alpha = -1;
        for (let attempt = 0; attempt < 12 && alpha < -1; attempt++) {
          let valid = true;
          for (let i = 0; i < theta.length; i++) {
            const r = t1[i] - theta[i];
            const v = t2[i] - 2 * t1[i] + theta[i];
            const x = theta[i] - 2 * alpha * r + alpha * alpha * v;
            if (!(x >= 0)) {
              valid = false;
              break;
            }
            t3[i] = x;
          }
          if (valid) {
            const ll3 = this.step(t3, t4);
            if (ll3 >= ll1) {
              next = t4;
              previous = ll3;
            }
            break;
          }
          alpha = (alpha - 1) / 2;
        }
      }
      // theta takes the accepted point; keep the state's own array as the storage.
      state.theta.set(next);
      theta = state.theta;
      onCycle?.(this.passes - first);
    }
    state.iterations += this.passes - first;
    state.converged = converged;
    state.loglik = converged ? current : this.loglik(state.theta);
    return state;
  }

  /** Log-likelihood at theta (one E-step), without changing theta. */
  loglik(theta: Float64Array): number {
    const saved = this.passes;
    const ll = this.step(theta, this.t4);
    this.passes = saved;
    return ll;
  }

  /** Posterior class probabilities per pattern (patterns × K) at theta. */
  posteriors(theta: Float64Array): Float64Array {
    const { K, C, catK } = this;
    const n = C * K;
    const { start, patterns } = this.data;
    const logProb = new Float64Array(n);
    for (let i = 0; i < n; i++) logProb[i] = Math.log(Math.max(theta[i], PROB_FLOOR));
    const lp = new Float64Array(K);
    const out = new Float64Array(patterns * K);
    for (let p = 0; p < patterns; p++) {
      for (let k = 0; k < K; k++) lp[k] = Math.log(Math.max(theta[n + k], PROB_FLOOR));
      for (let t = start[p]; t < start[p + 1]; t++) {
        const b = catK[t];
        for (let k = 0; k < K; k++) lp[k] += logProb[b + k];
      }
      let max = lp[0];
      for (let k = 1; k < K; k++) if (lp[k] > max) max = lp[k];
      let sum = 0;
      for (let k = 0; k < K; k++) sum += lp[k] = Math.exp(lp[k] - max);
      for (let k = 0; k < K; k++) out[p * K + k] = lp[k] / sum;
    }
    return out;
  }
}
