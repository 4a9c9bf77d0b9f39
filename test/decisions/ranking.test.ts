import { describe, expect, it } from 'vitest';
import { decisionFormula, decisionScore, rankDecisionCards, type RankableCard } from '../../src/shared/decisions.ts';
import { identityGaps, splitClaims } from '../../src/domain/identity/identity-gaps.ts';
import { reportPeriod } from '../../src/domain/reports/report-period.ts';

const card = (id: string, customer: number | null, us: number | null, society: number | null, effort: number | null): RankableCard => ({ id, title: id, scores: { customer, us, society }, effort });

describe('decision ranking (shared by server and browser)', () => {
  it('computes (w_c·customer + w_u·us + w_s·society) / effort', () => {
    // (2·5 + 1·3 + 1·2) / 2 = 15 / 2 = 7.5
    expect(decisionScore(card('a', 5, 3, 2, 2), { customer: 2, us: 1, society: 1 })).toBe(7.5);
    expect(decisionScore(card('a', 5, null, 2, 2), { customer: 1, us: 1, society: 1 })).toBeNull();
    expect(() => decisionScore(card('a', 5, 3, 2, 0), { customer: 1, us: 1, society: 1 })).toThrow(RangeError);
  });

  it('changes order when the weights change, puts unscored cards last, keeps the input', () => {
    const cards = [card('A', 5, 1, 1, 1), card('B', 2, 5, 5, 1), card('C', null, null, null, null)];
    const copy = structuredClone(cards);
    // equal weights: A 7, B 12; customer ×3: A 17, B 16
    expect(rankDecisionCards(cards, { customer: 1, us: 1, society: 1 }).map((c) => [c.id, c.score, c.rank])).toEqual([
      ['B', 12, 1],
      ['A', 7, 2],
      ['C', null, 3],
    ]);
    expect(rankDecisionCards(cards, { customer: 3, us: 1, society: 1 }).map((c) => c.id)).toEqual(['A', 'B', 'C']);
    expect(cards).toEqual(copy);
  });

  it('breaks ties by title so every client agrees', () => {
    expect(rankDecisionCards([card('b', 3, 3, 3, 1), card('a', 3, 3, 3, 1)], { customer: 1, us: 1, society: 1 }).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('writes the formula with the current weights', () => {
    expect(decisionFormula({ customer: 2, us: 1, society: 0.5 }, { score: 'score', customer: 'customer', us: 'us', society: 'society', effort: 'effort' })).toBe('score = (2·customer + 1·us + 0.5·society) / effort');
  });
});

describe('identity gaps', () => {
  it('matches compounds by stem prefix and finds both kinds of gap', () => {
    const gaps = identityGaps(
      [
        { item: 'zuurdesembrood', kind: 'great' },
        { item: 'taarten op bestelling', kind: 'good' },
        { item: 'vriendelijk', kind: 'character' },
      ],
      [
        { label: 'zuurdesem', count: 9, keywords: [] },
        { label: 'duur', count: 5, keywords: [] },
        { label: 'vriendelijke', count: 4, keywords: [] },
        { label: 'rommelig', count: 1, keywords: [] },
      ],
      ['Lekker zuurdesem', 'duur', 'vriendelijke mensen'],
    );
    expect(gaps.matched).toEqual([
      { item: 'zuurdesembrood', label: 'zuurdesem', count: 9 },
      { item: 'vriendelijk', label: 'vriendelijke', count: 4 },
    ]);
    expect(gaps.claimedNotMentioned).toEqual([{ item: 'taarten op bestelling', kind: 'good' }]);
    // "rommelig" was said by 1 person only (below the minimum of 2).
    expect(gaps.saidNotClaimed).toEqual([{ label: 'duur', count: 5 }]);
  });

  it('splits free text into claims', () => {
    expect(splitClaims('ambachtelijk zuurdesem, vroeg open en buurtfunctie')).toEqual(['ambachtelijk zuurdesem', 'vroeg open', 'buurtfunctie']);
  });
});

describe('report periods', () => {
  it('months and quarters in UTC', () => {
    const q = reportPeriod('quarter', '2026-02');
    expect([q.startKey, q.label, q.start.toISOString(), q.end.toISOString()]).toEqual(['2026-01', '2026 Q1', '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
    expect(reportPeriod('month', '2026-12').end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => reportPeriod('month', '2026-13')).toThrow('reportPeriod requires a month as YYYY-MM');
  });
});
