import { describe, expect, it } from 'vitest';
import { summariseQuestion } from '../../src/analysis/question-summary.ts';
import { summariseAnswerGroups, type AnswerGroup } from '../../src/domain/analysis/count-summary.ts';

/** Expands answer groups into one answer (and weight) per respondent, the library's input. */
function expand(groups: AnswerGroup[]) {
  const answers: (string | null)[] = [];
  const weights: number[] = [];
  for (const g of groups) for (let i = 0; i < g.count; i++) (answers.push(g.value), weights.push(g.weight));
  return { answers, weights };
}

describe('summariseAnswerGroups equals summariseQuestion on the expanded answers', () => {
  it('averages the median across groups when the cumulative share hits 0.5 exactly (even n)', () => {
    const groups = [{ value: '1', count: 2, weight: 1 }, { value: '3', count: 2, weight: 1 }, { value: null, count: 1, weight: 1 }];
    const got = summariseAnswerGroups({ type: 'number', groups });
    const lib = summariseQuestion({ type: 'number', answers: expand(groups).answers });
    expect(got.type === 'number' && got.descriptives?.median).toBe(2);
    expect(lib.type === 'number' && lib.descriptives?.median).toBe(2);
    expect(got.missing).toBe(1);
  });

  it('matches the weighted rating figures: mean, median, SD, top- and bottom-2-box, Kish n_eff', () => {
    const groups = [
      { value: '1', count: 3, weight: 0.5 }, { value: '2', count: 4, weight: 1.5 }, { value: '4', count: 5, weight: 0.8 },
      { value: '5', count: 2, weight: 2 }, { value: '5', count: 3, weight: 0.5 }, { value: '', count: 2, weight: 1 },
    ];
    const { answers, weights } = expand(groups);
    const got = summariseAnswerGroups({ type: 'rating', groups, scale: { min: 1, max: 5 } });
    const lib = summariseQuestion({ type: 'rating', answers, weights, scale: { min: 1, max: 5 } });
    if (got.type !== 'rating' || lib.type !== 'rating') throw new Error('type');
    expect(got.nEffective).toBeCloseTo(lib.nEffective, 12);
    for (const k of ['mean', 'median', 'sd', 'se'] as const) expect(got.descriptives![k]).toBeCloseTo(lib.descriptives![k], 12);
    expect(got.descriptives!.medianCi95).toEqual(lib.descriptives!.medianCi95);
    expect(got.topTwoBox!.estimate).toBeCloseTo(lib.topTwoBox!.estimate, 12);
    expect(got.topTwoBox!.ci95[0]).toBeCloseTo(lib.topTwoBox!.ci95[0], 12);
    expect(got.bottomTwoBox!.estimate).toBeCloseTo(lib.bottomTwoBox!.estimate, 12);
    expect(got.distribution.map((r) => r.value)).toEqual(lib.distribution.map((r) => r.value));
  });

  it('counts a multi answer once per option and averages the number ticked', () => {
    const groups = [{ value: '["a","b"]', count: 3, weight: 1 }, { value: '["b"]', count: 1, weight: 1 }, { value: '[]', count: 1, weight: 1 }];
    const got = summariseAnswerGroups({ type: 'multi', groups, options: ['a', 'b'] });
    const lib = summariseQuestion({ type: 'multi', answers: [['a', 'b'], ['a', 'b'], ['a', 'b'], ['b'], []], options: ['a', 'b'] });
    if (got.type !== 'multi' || lib.type !== 'multi') throw new Error('type');
    expect(got.base).toBe(5);
    expect(got.meanSelected).toBeCloseTo(lib.meanSelected!, 12);
    expect(got.options.map((o) => [o.value, o.count, o.share])).toEqual(lib.options.map((o) => [o.value, o.count, o.share]));
  });
});
