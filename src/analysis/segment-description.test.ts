import { describe, expect, it } from 'vitest';
import { describeSegments } from './segment-description.ts';

// A hand-made two-class model; the expected figures are worked out by hand below.
const model = {
  classes: 2,
  n: 100,
  shares: [0.6, 0.4],
  items: ['Q1', 'Q2'],
  categories: [['ja', 'nee'], ['a', 'b', 'c']],
  probs: [
    [[0.9, 0.1], [0.3, 0.7]],
    [[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]],
  ],
};

describe('describeSegments', () => {
  it('ranks answers by lift against the rest of the sample', () => {
    const [a, b] = describeSegments(model);
    expect(a.label).toBe('A');
    expect(b.label).toBe('B');
    // Segment A: Q2 = a: 0.5 / 0.1 = 5; Q2 = b: 0.3 / 0.1 = 3; Q1 = ja: 0.9 / 0.3 = 3.
    expect(a.features[0]).toMatchObject({ item: 'Q2', category: 'a', inSegment: 0.5 });
    expect(a.features[0].lift).toBeCloseTo(5, 12);
    expect(a.features.map((f) => f.lift)).toEqual([...a.features.map((f) => f.lift)].sort((x, y) => y - x));
    // Segment B: Q1 = nee 0.7 / 0.1 = 7; Q2 = c 0.8 / 0.2 = 4.
    expect(b.features[0]).toMatchObject({ item: 'Q1', category: 'nee' });
    expect(b.features[0].lift).toBeCloseTo(7, 12);
    expect(b.features[1].lift).toBeCloseTo(4, 12);
  });

  it('gives the share with a 95% Wilson interval: 60 of 100 -> [0.5020, 0.6906] (Wilson 1927; e.g. R prop.test(60, 100, correct = FALSE)$conf.int)', () => {
    const [a] = describeSegments(model);
    expect(a.size).toBeCloseTo(60, 12);
    expect(a.shareCi95[0]).toBeCloseTo(0.502, 3);
    expect(a.shareCi95[1]).toBeCloseTo(0.6906, 3);
  });

  it('leaves out answers that are rare within the segment', () => {
    const [a] = describeSegments(model, { minInSegment: 0.4 });
    expect(a.features.map((f) => `${f.item}=${f.category}`)).toEqual(['Q2=a', 'Q1=ja']);
  });
});
