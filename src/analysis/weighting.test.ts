import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { weightedMean } from './descriptives.ts';
import { kishEffectiveN, weightingDesignEffect } from './effective-sample-size.ts';
import { postStratify, rake, trimWeights } from './weighting.ts';

// California API samples from R's survey package (shared/data/survey, README there).
function readApi(file: string) {
  const [head, ...lines] = readFileSync(path.resolve(process.cwd(), '../shared/data/survey', file), 'utf8').trim().split('\n');
  const cols = head.split(',').map((c) => c.replace(/"/g, ''));
  const rows = lines.map((l) => l.split(',').map((c) => c.replace(/"/g, '')));
  const get = (name: string) => rows.map((r) => r[cols.indexOf(name)]);
  return { stype: get('stype'), schWide: get('sch.wide'), api00: get('api00').map(Number), pw: get('pw').map(Number) };
}
const strat = readApi('apistrat.csv');
const clus = readApi('apiclus1.csv');
const popTypes = { E: 4421, H: 755, M: 1018 }; // apipop school-type counts (README)

describe('survey package reference figures', () => {
  it('svymean(~api00, dstrat) = 662.29: weighted mean of api00 with pw on apistrat', () => {
    expect(strat.api00.length).toBe(200);
    expect(weightedMean(strat.api00, strat.pw)).toBeCloseTo(662.29, 2);
  });
  it('?postStratify: svymean(~api00, postStratify(dclus1, ~stype, pop.types)) = 642.31', () => {
    const r = postStratify(clus.stype, popTypes, clus.pw);
    expect(weightedMean(clus.api00, r.weights)).toBeCloseTo(642.31, 2);
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(183, 8);
  });
  it('post-stratifying apistrat on stype reproduces 662.29 (its pw already equal N_h/n_h)', () => {
    const r = postStratify(strat.stype, popTypes, strat.pw);
    expect(weightedMean(strat.api00, r.weights)).toBeCloseTo(662.29, 2);
  });
  it('raking on a single margin is post-stratification (642.31 again)', () => {
    const shares = { E: 4421 / 6194, H: 755 / 6194, M: 1018 / 6194 };
    const r = rake({ stype: clus.stype }, { stype: shares }, { baseWeights: clus.pw });
    expect(r.converged).toBe(true);
    expect(weightedMean(clus.api00, r.weights)).toBeCloseTo(642.31, 2);
  });
});

describe('rake on two margins (apiclus1: stype × sch.wide, survey ?rake margins 1072 No / 5122 Yes)', () => {
  const margins = {
    stype: { E: 4421 / 6194, H: 755 / 6194, M: 1018 / 6194 },
    'sch.wide': { No: 1072 / 6194, Yes: 5122 / 6194 },
  };
  const r = rake({ stype: clus.stype, 'sch.wide': clus.schWide }, margins);

  it('meets every margin and reports convergence, mean weight 1, Kish deff', () => {
    expect(r.converged).toBe(true);
    expect(r.maxMarginError).toBeLessThan(1e-6);
    const total = r.weights.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(183, 8);
    const share = (col: string[], v: string) => col.reduce((s, x, i) => s + (x === v ? r.weights[i] : 0), 0) / total;
    expect(share(clus.stype, 'H')).toBeCloseTo(755 / 6194, 6);
    expect(share(clus.schWide, 'No')).toBeCloseTo(1072 / 6194, 6);
    expect(r.designEffect).toBeCloseTo(weightingDesignEffect(r.weights), 12);
  });

  it('has the multiplicative form of the IPF solution (Deming & Stephan 1940): w = a(stype)·b(sch.wide)', () => {
    // Independent check: the cross-ratio of weights in the 2×2 sub-table E/H × No/Yes equals 1.
    const cell = (s: string, y: string) => r.weights[clus.stype.findIndex((x, i) => x === s && clus.schWide[i] === y)];
    expect((cell('E', 'No') * cell('H', 'Yes')) / (cell('E', 'Yes') * cell('H', 'No'))).toBeCloseTo(1, 8);
    // and every respondent in the same cell has the same weight
    const w = clus.stype.map((s, i) => `${s}|${clus.schWide[i]}`);
    for (const key of new Set(w)) {
      const ws = r.weights.filter((_, i) => w[i] === key);
      expect(Math.max(...ws) - Math.min(...ws)).toBeLessThan(1e-12);
    }
  });

  it('trimming: bounds always hold; loose bounds change nothing; tight bounds that conflict with a margin are reported', () => {
    // The high-school/No cell has 3 schools and needs weight 1.98; a cap of 0.8 × that cannot meet both margins.
    const hi = r.maxWeight * 0.8;
    const tight = rake({ stype: clus.stype, 'sch.wide': clus.schWide }, margins, { trim: [0.5, hi] });
    expect(tight.maxWeight).toBeLessThanOrEqual(hi + 1e-9);
    expect(tight.converged).toBe(false);
    expect(tight.maxMarginError).toBeGreaterThan(1e-6);
    const loose = rake({ stype: clus.stype, 'sch.wide': clus.schWide }, margins, { trim: [0.6, 2] });
    expect(loose.converged).toBe(true);
    expect(loose.designEffect).toBeCloseTo(r.designEffect, 8);
  });
});

describe('weighting checks and helpers', () => {
  const data = { age: ['y', 'o', 'o', 'o'] };
  it('rejects bad targets naming the problem', () => {
    expect(() => rake(data, { age: { y: 0.5, o: 0.6 } })).toThrow('target shares for column "age" sum to 1.1, not 1');
    expect(() => rake(data, { age: { y: 1 } })).toThrow('value "o" of column "age" (row index 1) has no target share');
    expect(() => rake(data, { sex: { f: 1 } })).toThrow('target column "sex" is not in the data');
    expect(() => rake(data, { age: { y: 0.4, o: 0.4, m: 0.2 } })).toThrow('no respondent has "age" = "m"');
  });
  it('post-stratification worked by hand: 1 young, 3 old to 50/50 → weights 2, 2/3, 2/3, 2/3', () => {
    const r = postStratify(data.age, { y: 0.5, o: 0.5 });
    [2, 2 / 3, 2 / 3, 2 / 3].forEach((v, i) => expect(r.weights[i]).toBeCloseTo(v, 12));
    // Kish: (Σw)² / Σw² = 16 / (4 + 3·4/9) = 3
    expect(r.effectiveN).toBeCloseTo(3, 12);
    expect(r.designEffect).toBeCloseTo(4 / 3, 12);
  });
  it('Kish deff equals 1 + CV² of the weights (independent formula)', () => {
    const w = [0.5, 1, 1.5, 2, 4];
    const m = w.reduce((a, b) => a + b, 0) / w.length;
    const cv2 = w.reduce((a, b) => a + (b - m) ** 2, 0) / w.length / (m * m);
    expect(weightingDesignEffect(w)).toBeCloseTo(1 + cv2, 12);
    expect(kishEffectiveN([1, 1, 1])).toBe(3);
  });
  it('trimWeights bounds weights relative to the mean, keeps the total and lowers the design effect', () => {
    // Worked by hand: mean 2, cap 1.5 × 2 = 3 → the 5 becomes 3 and the excess 2 is spread over the three 1s: 5/3 each.
    const w = [1, 1, 1, 5];
    const t = trimWeights(w, 0.5, 1.5);
    [5 / 3, 5 / 3, 5 / 3, 3].forEach((v, i) => expect(t[i]).toBeCloseTo(v, 10));
    expect(t.reduce((a, b) => a + b, 0)).toBeCloseTo(8, 10);
    expect(weightingDesignEffect(t)).toBeLessThan(weightingDesignEffect(w));
    expect(w).toEqual([1, 1, 1, 5]);
  });
});
