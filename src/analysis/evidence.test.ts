import { describe, expect, it } from 'vitest';
import { computeEvidence, DEFAULT_EVIDENCE_THRESHOLDS, type Mention } from './evidence.ts';

const NOW = Date.parse('2025-05-01T00:00:00Z');
const DAY = 86_400_000;

/** `n` people, each mentioning once, spread evenly over the last 120 days (four 30-day periods). */
function steady(n: number, prefix = 'c'): Mention[] {
  return Array.from({ length: n }, (_, i) => ({ customerId: `${prefix}${i}`, timestamp: NOW - 1 - ((i * 120) / n) * DAY }));
}

describe('computeEvidence', () => {
  it('counts distinct people, not mentions, and reports the Wilson interval of Newcombe (1998) example a', () => {
    // 81 people out of 263 (Newcombe, Statistics in Medicine 17:857-872, Table I, example a:
    // Wilson score interval 0.2553 to 0.3662); each person mentions twice.
    const mentions = [...steady(81), ...steady(81)];
    const card = computeEvidence(mentions, { base: 263, now: NOW });
    expect(card.mentions).toBe(162);
    expect(card.distinctPeople).toBe(81);
    expect(card.share).toBeCloseTo(81 / 263, 10);
    expect(card.shareCi[0]).toBeCloseTo(0.2553, 4);
    expect(card.shareCi[1]).toBeCloseTo(0.3662, 4);
    expect(card.verdict).toBe('established');
    expect(card.thresholds).toEqual(DEFAULT_EVIDENCE_THRESHOLDS);
    expect(card.rule.nl).toContain('Anekdote');
    expect(card.rule.en).toContain('fewer than 5 distinct people');
  });

  it('puts the minDistinct boundary at exactly minDistinct people', () => {
    expect(computeEvidence(steady(4), { base: 20, now: NOW }).verdict).toBe('anecdote');
    expect(computeEvidence(steady(5), { base: 20, now: NOW }).verdict).toBe('established');
    // A customer mentioning five times is still one person.
    const one = Array.from({ length: 5 }, (_, i) => ({ customerId: 'same', timestamp: NOW - i * DAY }));
    expect(computeEvidence(one, { base: 20, now: NOW }).verdict).toBe('anecdote');
  });

  it('puts the trivialShare boundary at the lower Wilson bound (0.2553 for 81 of 263)', () => {
    const mentions = steady(81);
    expect(computeEvidence(mentions, { base: 263, now: NOW, trivialShare: 0.255 }).verdict).toBe('established');
    const card = computeEvidence(mentions, { base: 263, now: NOW, trivialShare: 0.256 });
    expect(card.verdict).toBe('anecdote');
    expect(card.thresholds.trivialShare).toBe(0.256);
    expect(card.reason.en).toContain('below 25.6%');
  });

  it('calls a growing, not yet large theme emerging, and a large one established', () => {
    // Periods (oldest first): 2, 2, 2 people, then 6 in the latest: 6 >= 1.5 x 2.
    const grow = [
      ...Array.from({ length: 6 }, (_, i) => ({ customerId: `old${i}`, timestamp: NOW - (40 + 30 * (i % 3)) * DAY })),
      ...Array.from({ length: 6 }, (_, i) => ({ customerId: `new${i}`, timestamp: NOW - (1 + i) * DAY })),
    ];
    const card = computeEvidence(grow, { base: 200, now: NOW });
    expect(card.trend.periods.map((p) => p.people)).toEqual([2, 2, 2, 6]);
    expect(card.trend.growing).toBe(true);
    expect(card.verdict).toBe('emerging');
    // Same mentions, but the established share is already reached (12/200 = 6% >= 5%).
    expect(computeEvidence(grow, { base: 200, now: NOW, establishedShare: 0.05 }).verdict).toBe('established');
    // ... or the established count (12 >= 12).
    expect(computeEvidence(grow, { base: 200, now: NOW, establishedCount: 12 }).verdict).toBe('established');
    // The growth boundary: 6 people against a mean of 2 is growing up to a factor of exactly 3.
    expect(computeEvidence(grow, { base: 200, now: NOW, growthFactor: 3 }).trend.growing).toBe(true);
    expect(computeEvidence(grow, { base: 200, now: NOW, growthFactor: 3.01 }).trend.growing).toBe(false);
    expect(computeEvidence(grow, { base: 200, now: NOW, growthFactor: 3.01 }).verdict).toBe('established');
  });

  it('splits people over segments and mentions over sentiment', () => {
    const mentions: Mention[] = [
      { customerId: 'a', timestamp: NOW - DAY, segment: 'B2B', sentiment: 'negative' },
      { customerId: 'a', timestamp: NOW - 2 * DAY, segment: 'B2B', sentiment: 'negative' },
      { customerId: 'b', timestamp: NOW - DAY, segment: 'B2C', sentiment: 'positive' },
      { respondentId: 'r1', timestamp: '2025-04-20T10:00:00Z', segment: 'B2B' },
    ];
    const card = computeEvidence(mentions, { base: 10, now: NOW });
    expect(card.distinctPeople).toBe(3);
    expect(card.segments).toEqual([
      { segment: 'B2B', people: 2, share: 2 / 3 },
      { segment: 'B2C', people: 1, share: 1 / 3 },
    ]);
    expect(card.sentiment).toEqual({ positive: 1, neutral: 0, negative: 2, unknown: 1 });
  });

  it('rejects bad input', () => {
    expect(() => computeEvidence([], { base: 0 })).toThrow('computeEvidence requires a base of at least 1 respondent');
    expect(() => computeEvidence(steady(3), { base: 2 })).toThrow(RangeError);
    expect(() => computeEvidence([{ timestamp: NOW }], { base: 5 })).toThrow('mention 0 has no customerId or respondentId');
    expect(() => computeEvidence([{ customerId: 'x', timestamp: 'gisteren' }], { base: 5 })).toThrow('invalid timestamp');
  });
});
