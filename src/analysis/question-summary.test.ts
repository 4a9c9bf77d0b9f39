import { describe, expect, it } from 'vitest';
import { describeNumbers } from './descriptives.ts';
import { netPromoterScore } from './nps.ts';
import { wilsonInterval } from './proportion.ts';
import { summariseQuestion } from './question-summary.ts';

describe('summariseQuestion', () => {
  it('choice: Newcombe (1998) example b, 15 of 148 → 0.0624 to 0.1605; missing answers counted', () => {
    const answers = [...Array<string>(15).fill('ja'), ...Array<string>(133).fill('nee'), '', null];
    const s = summariseQuestion({ type: 'choice', answers, options: ['ja', 'nee'] });
    if (s.type !== 'choice') throw new Error('wrong type');
    expect(s.base).toBe(148);
    expect(s.missing).toBe(2);
    expect(s.distribution[0].value).toBe('ja');
    expect(s.distribution[0].ci95[0]).toBeCloseTo(0.0624, 4);
    expect(s.distribution[0].ci95[1]).toBeCloseTo(0.1605, 4);
    expect(s.smallBase).toBe(false);
  });

  it('multi: share of respondents per option, shares may sum above 1', () => {
    const s = summariseQuestion({ type: 'multi', answers: [['a', 'b'], ['a'], ['c'], undefined], options: ['a', 'b', 'c', 'd'] });
    if (s.type !== 'multi') throw new Error('wrong type');
    expect(s.base).toBe(3);
    expect(s.options.map((o) => [o.value, o.count])).toEqual([['a', 2], ['b', 1], ['c', 1], ['d', 0]]);
    expect(s.options[0].share).toBeCloseTo(2 / 3, 12);
    expect(s.options[0].ci95).toEqual(wilsonInterval(2, 3));
    expect(s.meanSelected).toBeCloseTo(4 / 3, 12);
    expect(s.smallBase).toBe(true);
  });

  it('rating: descriptives equal describeNumbers (R sleep-type figures are checked there), 2-box shares', () => {
    const answers = ['5', 4, 4, 3, 2, 1, 5, 5, 3, 4];
    const s = summariseQuestion({ type: 'rating', answers, scale: { min: 1, max: 5 } });
    if (s.type !== 'rating') throw new Error('wrong type');
    expect(s.descriptives!.mean).toBeCloseTo(3.6, 12);
    expect(s.descriptives!.meanCi95).toEqual(describeNumbers([5, 4, 4, 3, 2, 1, 5, 5, 3, 4]).meanCi95);
    expect(s.topTwoBox!.estimate).toBeCloseTo(0.6, 12);
    expect(s.bottomTwoBox!.estimate).toBeCloseTo(0.2, 12);
    expect(s.distribution.map((r) => r.count)).toEqual([1, 1, 2, 3, 3]);
    expect(() => summariseQuestion({ type: 'rating', answers: [7] })).toThrow('outside 1..5');
  });

  it('nps and number, weighted; an empty question gives base 0', () => {
    const s = summariseQuestion({ type: 'nps', answers: [10, 9, 3, null], weights: [1, 2, 1, 5] });
    if (s.type !== 'nps') throw new Error('wrong type');
    expect(s.nps!.nps).toBeCloseTo(netPromoterScore([10, 9, 3], [1, 2, 1]).nps, 12);
    expect(s.distribution).toHaveLength(11);
    const n = summariseQuestion({ type: 'number', answers: ['1,5', 2.5] });
    if (n.type !== 'number') throw new Error('wrong type');
    expect(n.descriptives!.mean).toBeCloseTo(2, 12);
    const empty = summariseQuestion({ type: 'nps', answers: [null, ''] });
    expect(empty.base).toBe(0);
    expect(() => summariseQuestion({ type: 'number', answers: ['abc'] })).toThrow('answer at index 0 ("abc") is not a number');
  });
});
