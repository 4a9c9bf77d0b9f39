import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand.ts';
import { encodeCategoricalResponses } from './lca-responses.ts';
import { compareMixtureModels, fitMixtureModel } from './mixture.ts';
import { createRandom } from './random.ts';

function mixed(seed: number, sizes: number[], separated: boolean) {
  const rng = createRandom(seed);
  const truth: number[] = [];
  sizes.forEach((n, k) => { for (let i = 0; i < n; i++) truth.push(k); });
  const rows = truth.length;
  const values = new Float64Array(rows * 2);
  const means = separated ? [[2, 8, 5], [30, 45, 60]] : [[5, 5, 5], [40, 40, 40]];
  truth.forEach((k, i) => {
    values[i * 2] = means[0][k] + rng.normal();
    values[i * 2 + 1] = rng.next() < 0.05 ? Number.NaN : means[1][k] + 5 * rng.normal();
  });
  const cats = ['a', 'b', 'c'];
  const categorical = encodeCategoricalResponses([0, 1].map((j) => ({
    name: `C${j}`,
    values: truth.map((k) => (separated ? cats[rng.categorical(cats.map((_, c) => (c === (k + j) % 3 ? 0.8 : 0.1)))] : cats[rng.int(3)])),
  })));
  return { data: { categorical, numeric: { names: ['rating', 'age'], values } }, truth };
}

describe('fitMixtureModel (Gaussian / categorical mixture)', () => {
  it('recovers planted segments in mixed data (ARI >= 0.9) and BIC picks 3 classes', () => {
    const { data, truth } = mixed(7, [500, 300, 200], true);
    const cmp = compareMixtureModels(data, [1, 2, 3, 4], { starts: 5, seed: 1 });
    expect(cmp.best).toBe(3);
    const m = cmp.models.find((x) => x.classes === 3)!;
    const segment = Array.from({ length: truth.length }, (_, i) => {
      const p = [0, 1, 2].map((k) => m.posterior[i * 3 + k]);
      return p.indexOf(Math.max(...p));
    });
    expect(adjustedRandIndex(truth, segment)).toBeGreaterThanOrEqual(0.9);
    expect(m.npar).toBe(2 + 3 * 4 + 2 * 3 * 2);
    expect(m.shares[0]).toBeCloseTo(0.5, 1);
  });

  it('reports no structure for data from one class', () => {
    const { data } = mixed(8, [800], false);
    const cmp = compareMixtureModels(data, [1, 2, 3], { starts: 3, seed: 1 });
    expect(cmp.noStructure).toBe(true);
  });

  it('K = 1 gives the sample means, ML variances and proportions', () => {
    const values = Float64Array.from([1, 2, 3, 4, Number.NaN]);
    const m = fitMixtureModel({ numeric: { names: ['x'], values } }, 1);
    expect(m.means[0][0]).toBeCloseTo(2.5, 12);
    expect(m.variances[0][0]).toBeCloseTo(1.25, 12);
    // log-likelihood of N(2.5, 1.25) at 1..4: -2 ln(2π·1.25) - 5/(2·1.25)
    expect(m.loglik).toBeCloseTo(-2 * Math.log(2 * Math.PI * 1.25) - 2, 10);
    expect(m.n).toBe(4);
  });
});
