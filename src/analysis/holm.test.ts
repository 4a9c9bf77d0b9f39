import { describe, expect, it } from 'vitest';
import { holmAdjust } from './holm.ts';

// Holm, S. (1979) Scand. J. Statist. 6:65–70: the i-th smallest of m p-values is multiplied by (m − i + 1),
// then made monotone. Worked by hand for p = (0.01, 0.04, 0.03, 0.005), m = 4:
// sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → max(0.06, 0.04) = 0.06.
describe('holmAdjust', () => {
  it('matches the hand-worked Holm example', () => {
    const r = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 12));
  });
  it('caps at 1 and handles the empty family', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([1.2])).toThrow(RangeError);
  });
});
