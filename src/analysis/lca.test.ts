import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand.ts';
import {
  assignSegments,
  compareLatentClassModels,
  completeResponses,
  encodeCategoricalResponses,
  fitLatentClassModel,
  type CategoricalResponses,
  type LatentClassModel,
} from './lca.ts';
import { createRandom } from './random.ts';

const dataDir = path.resolve(process.cwd(), '../shared/data/lca');

/** Reads a poLCA data set (CSV written by R) and codes the given items, dropping incomplete rows as poLCA's na.rm = TRUE. */
function poLCAData(name: string, items: string[]): CategoricalResponses {
  const lines = readFileSync(path.join(dataDir, `${name}.csv`), 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',').map((h) => h.replace(/"/g, ''));
  const rows = lines.slice(1).map((l) => l.split(',').map((c) => c.replace(/"/g, '')));
  const all = encodeCategoricalResponses(items.map((name) => ({ name, values: rows.map((r) => r[header.indexOf(name)]) })));
  return completeResponses(all).responses;
}

/**
 * Independent brute-force log-likelihood: for every row, Σ_k share_k Π_{answered j} P(x_ij | k), straight
 * from the model's nested arrays (no pattern merging, no logs inside the product).
 */
function bruteForceLoglik(model: LatentClassModel, data: CategoricalResponses): number {
  const J = data.items.length;
  let ll = 0;
  for (let i = 0; i < data.rows; i++) {
    let lik = 0;
    let answered = 0;
    for (let k = 0; k < model.classes; k++) {
      let p = model.shares[k];
      for (let j = 0; j < J; j++) {
        const c = data.codes[i * J + j];
        if (c < 0) continue;
        if (k === 0) answered++;
        p *= model.probs[j][k][c];
      }
      lik += p;
    }
    if (answered > 0) ll += Math.log(lik);
  }
  return ll;
}

const CARCINOMA = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const GSS82 = ['PURPOSE', 'ACCURACY', 'UNDERSTA', 'COOPERAT'];
const CHEATING = ['LIEEXAM', 'LIEPAPER', 'FRAUD', 'COPYEXAM'];
const ELECTION = 'MORALG,CARESG,KNOWG,LEADG,DISHONG,INTELG,MORALB,CARESB,KNOWB,LEADB,DISHONB,INTELB'.split(',');

describe('fitLatentClassModel reproduces poLCA (Linzer & Lewis 2011, JSS 42(10))', () => {
  // Maximum log-likelihoods: the comments in the examples of the poLCA 1.4+ help pages
  // (man/carcinoma.Rd, values.Rd, gss82.Rd, cheating.Rd, election.Rd; CRAN package poLCA).
  const cases: [string, string[], number, number, number][] = [
    // data, items, K, published log-likelihood, npar = (K-1) + K Σ(cat_j - 1)
    ['carcinoma', CARCINOMA, 2, -317.2568, 15],
    ['carcinoma', CARCINOMA, 3, -293.705, 23],
    ['values', ['A', 'B', 'C', 'D'], 1, -543.6498, 4],
    ['values', ['A', 'B', 'C', 'D'], 2, -504.4677, 9],
    ['values', ['A', 'B', 'C', 'D'], 3, -503.3011, 14],
    ['gss82', GSS82, 2, -2783.268, 13],
    ['gss82', GSS82, 3, -2754.545, 20],
    ['cheating', CHEATING, 2, -440.0271, 9],
    ['election', ELECTION, 1, -18647.31, 36],
    ['election', ELECTION, 2, -17344.92, 73],
    ['election', ELECTION, 3, -16714.66, 110],
  ];
  for (const [name, items, K, loglik, npar] of cases) {
    it(`${name}, ${K} class${K > 1 ? 'es' : ''}: log-likelihood ${loglik}`, () => {
      const data = poLCAData(name, items);
      const model = fitLatentClassModel(data, K, { starts: 10, seed: 11, maxIterations: 5000 });
      expect(Math.abs(model.loglik - loglik)).toBeLessThan(0.01);
      expect(model.npar).toBe(npar);
      expect(model.bic).toBeCloseTo(-2 * model.loglik + npar * Math.log(data.rows), 8);
      expect(model.aic).toBeCloseTo(-2 * model.loglik + 2 * npar, 8);
      expect(model.n).toBe(data.rows);
      // The reported log-likelihood is the likelihood of the reported parameters.
      expect(bruteForceLoglik(model, data)).toBeCloseTo(model.loglik, 6);
    });
  }

  it('election keeps the 1311 respondents who answered all 12 items (poLCA na.rm = TRUE)', () => {
    expect(poLCAData('election', ELECTION).rows).toBe(1311);
  });

  it('gss82, 3 classes: class shares 0.621 / 0.207 / 0.172 (poLCA user manual, Table 1: -2754.545, ideal/skeptic/believer)', () => {
    const model = fitLatentClassModel(poLCAData('gss82', GSS82), 3, { starts: 10, seed: 5 });
    // Classes come out largest first; the published row is ordered ideal 0.621, skeptic 0.172, believer 0.207.
    expect(model.shares[0]).toBeCloseTo(0.621, 2);
    expect(model.shares[1]).toBeCloseTo(0.207, 2);
    expect(model.shares[2]).toBeCloseTo(0.172, 2);
    for (const [s, p] of [[0, 0.621], [1, 0.207], [2, 0.172]]) expect(Math.abs(model.shares[s] - p)).toBeLessThan(0.005);
  });

  it('values, 2 classes: shares and response probabilities of the published two-class model', () => {
    // Stouffer-Toby data, two-class model as printed in the UCLA IDRE replication (Mplus) of
    // McCutcheon (2002) in Hagenaars & McCutcheon, Applied Latent Class Analysis, ch. 2, Table 2 p. 60:
    // shares 0.72075 / 0.27925; P(item = 1 | class 1) a 0.286, d 0.868; class 2: a 0.007, d 0.231; the two
    // middle items are 0.646 and 0.670 (class 1) and 0.073 and 0.060 (class 2). That replication lists the
    // middle items in the other order than poLCA's B and C, so those two are compared as a pair.
    const model = fitLatentClassModel(poLCAData('values', ['A', 'B', 'C', 'D']), 2, { starts: 10, seed: 2 });
    expect(Math.abs(model.shares[0] - 0.72075)).toBeLessThan(0.0005);
    expect(Math.abs(model.shares[1] - 0.27925)).toBeLessThan(0.0005);
    const p1 = (item: number, k: number) => model.probs[item][k][0];
    expect(Math.abs(p1(0, 0) - 0.286)).toBeLessThan(0.005);
    expect(Math.abs(p1(3, 0) - 0.868)).toBeLessThan(0.005);
    expect(Math.abs(p1(0, 1) - 0.007)).toBeLessThan(0.005);
    expect(Math.abs(p1(3, 1) - 0.231)).toBeLessThan(0.005);
    const middle = (k: number) => [p1(1, k), p1(2, k)].sort((a, b) => a - b);
    expect(middle(0)[0]).toBeCloseTo(0.646, 2);
    expect(middle(0)[1]).toBeCloseTo(0.670, 2);
    expect(middle(1)[0]).toBeCloseTo(0.060, 2);
    expect(middle(1)[1]).toBeCloseTo(0.073, 2);
  });

  it('is reproducible for a seed and orders classes by decreasing share', () => {
    const data = poLCAData('carcinoma', CARCINOMA);
    const a = fitLatentClassModel(data, 3, { starts: 5, seed: 9 });
    const b = fitLatentClassModel(data, 3, { starts: 5, seed: 9 });
    expect(b.probs).toEqual(a.probs);
    expect(Array.from(b.posterior)).toEqual(Array.from(a.posterior));
    expect(a.shares[0]).toBeGreaterThanOrEqual(a.shares[1]);
    expect(a.shares[1]).toBeGreaterThanOrEqual(a.shares[2]);
    const rowSum = a.posterior[0] + a.posterior[1] + a.posterior[2];
    expect(rowSum).toBeCloseTo(1, 12);
  });
});

/**
 * Synthetic survey: `sizes` planted classes; on every item each class prefers another category
 * (a random shift per item), with probability `sharpness`.
 */
function plantedSurvey(seed: number, sizes: number[], items: number, categories: number, sharpness: number, missing = 0) {
  const rng = createRandom(seed);
  const K = sizes.length;
  const shifts = Array.from({ length: items }, () => rng.int(categories));
  const profiles = Array.from({ length: K }, (_, k) =>
    Array.from({ length: items }, (_, j) => {
      const favourite = (shifts[j] + k) % categories;
      return Array.from({ length: categories }, (_, c) => (c === favourite ? sharpness : (1 - sharpness) / (categories - 1)));
    }),
  );
  const truth: number[] = [];
  sizes.forEach((n, k) => {
    for (let i = 0; i < n; i++) truth.push(k);
  });
  const columns = Array.from({ length: items }, (_, j) => ({
    name: `Q${j + 1}`,
    values: truth.map((k) => (rng.next() < missing ? '' : String(rng.categorical(profiles[k][j]) + 1))),
  }));
  return { data: encodeCategoricalResponses(columns), truth };
}

describe('segments in synthetic data', () => {
  it('recovers well-separated planted segments (adjusted Rand index >= 0.9) and BIC picks K = 3', () => {
    const { data, truth } = plantedSurvey(101, [900, 600, 300], 10, 4, 0.7);
    const cmp = compareLatentClassModels(data, [1, 2, 3, 4, 5], { starts: 8, seed: 3 });
    expect(cmp.best).toBe(3);
    expect(cmp.noStructure).toBe(false);
    const model = cmp.models.find((m) => m.classes === 3)!;
    const { segment } = assignSegments(model);
    expect(adjustedRandIndex(truth, Array.from(segment))).toBeGreaterThanOrEqual(0.9);
    expect(model.entropy!).toBeGreaterThan(0.8);
  });

  it('keeps respondents with missing answers (full information) and still recovers the segments', () => {
    const { data, truth } = plantedSurvey(202, [800, 700, 500], 10, 3, 0.75, 0.2);
    const model = fitLatentClassModel(data, 3, { starts: 8, seed: 1 });
    expect(model.n).toBe(2000);
    expect(bruteForceLoglik(model, data)).toBeCloseTo(model.loglik, 6);
    const { segment } = assignSegments(model);
    expect(adjustedRandIndex(truth, Array.from(segment))).toBeGreaterThanOrEqual(0.9);
  });

  it('reports no structure when all respondents come from one class (K = 1 has the best BIC)', () => {
    const { data } = plantedSurvey(303, [2000], 8, 4, 0.4);
    const cmp = compareLatentClassModels(data, [1, 2, 3, 4], { starts: 5, seed: 1 });
    expect(cmp.best).toBe(1);
    expect(cmp.noStructure).toBe(true);
  });

  it('leaves respondents without any answer out of the fit and unassigned', () => {
    const data = encodeCategoricalResponses([
      { name: 'A', values: ['1', '2', '', '1', '2', '1'] },
      { name: 'B', values: ['1', '2', '', '1', '', '2'] },
    ]);
    const model = fitLatentClassModel(data, 1);
    expect(model.n).toBe(5);
    const { segment, probability } = assignSegments(model);
    expect(segment[2]).toBe(-1);
    expect(Number.isNaN(probability[2])).toBe(true);
    expect(segment[0]).toBe(0);
    // K = 1 maximum: observed proportions among those who answered (A: 3 of 5 answered '1'; B: 2 of 4).
    expect(model.probs[0][0][0]).toBeCloseTo(3 / 5, 12);
    expect(model.probs[1][0][0]).toBeCloseTo(2 / 4, 12);
  });
});

describe('input handling', () => {
  it('sorts numeric categories as numbers and others as strings', () => {
    const data = encodeCategoricalResponses([
      { name: 'N', values: ['10', '2', '1', ' 2 ', null] },
      { name: 'S', values: ['b', 'a', 'c', 'a', 'b'] },
    ]);
    expect(data.categories).toEqual([['1', '2', '10'], ['a', 'b', 'c']]);
    expect(Array.from(data.codes)).toEqual([2, 1, 1, 0, 0, 2, 1, 0, -1, 1]);
  });

  it('throws named errors for impossible requests', () => {
    const data = encodeCategoricalResponses([{ name: 'A', values: ['1', '2'] }]);
    expect(() => fitLatentClassModel(data, 0)).toThrow(/fitLatentClassModel requires/);
    expect(() => fitLatentClassModel(data, 3)).toThrow(/at least 3 respondents/);
    expect(() => encodeCategoricalResponses([{ name: 'A', values: ['', ''] }])).toThrow(/at least 1 answer for item A/);
    expect(() => compareLatentClassModels(data, [])).toThrow(/at least 1 number of classes/);
  });
});
