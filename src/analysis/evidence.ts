/**
 * The evidence card of a theme or idea: how many distinct people raised it, what share of the base
 * that is (with a Wilson 95% interval), where it comes from (segments), whether it is growing, how
 * people feel about it, and a verdict — anecdote, emerging or established — with the rule spelled
 * out in Dutch and English so the team can see why.
 */
import { wilsonInterval } from './proportion.ts';

export type EvidenceVerdict = 'anecdote' | 'emerging' | 'established';

/** One mention of a theme or idea: an answer tagged with it, a vote, a comment. */
export interface Mention {
  customerId?: string;
  respondentId?: string;
  /** ISO date string, epoch milliseconds or Date. */
  timestamp: string | number | Date;
  segment?: string;
  sentiment?: 'positive' | 'neutral' | 'negative';
}

export interface EvidenceThresholds {
  /** Fewer distinct people than this is an anecdote (default 5). */
  minDistinct: number;
  /** A 95% lower bound of the share below this is an anecdote (default 0.02). */
  trivialShare: number;
  /** From this share a theme is established even while growing (default 0.10). */
  establishedShare: number;
  /** From this many distinct people a theme is established even while growing (default 30). */
  establishedCount: number;
  /** Growing: the latest period has at least this times the mean of the earlier ones (default 1.5). */
  growthFactor: number;
  /** Number of periods in the trend (default 4). */
  periods: number;
  /** Length of a period in days (default 30). */
  periodDays: number;
}

export const DEFAULT_EVIDENCE_THRESHOLDS: Readonly<EvidenceThresholds> = Object.freeze({
  minDistinct: 5,
  trivialShare: 0.02,
  establishedShare: 0.1,
  establishedCount: 30,
  growthFactor: 1.5,
  periods: 4,
  periodDays: 30,
});

export interface EvidenceOptions extends Partial<EvidenceThresholds> {
  /** Number of respondents (or customers) in the base the share is taken of. */
  base: number;
  /** End of the latest period; default the latest mention. */
  now?: string | number | Date;
}

export interface EvidenceCard {
  mentions: number;
  distinctPeople: number;
  base: number;
  share: number;
  /** Wilson score 95% interval of the share. */
  shareCi: [number, number];
  /** Distinct people per segment, most first ('(none)' for mentions without a segment). */
  segments: { segment: string; people: number; share: number }[];
  trend: {
    /** Oldest first; distinct people and mentions per period. */
    periods: { start: string; end: string; people: number; mentions: number }[];
    growing: boolean;
  };
  /** Sentiment of the mentions (counts). */
  sentiment: { positive: number; neutral: number; negative: number; unknown: number };
  verdict: EvidenceVerdict;
  /** Why this verdict, for this card, in Dutch and English. */
  reason: { nl: string; en: string };
  /** The whole rule with the thresholds filled in, in Dutch and English. */
  rule: { nl: string; en: string };
  thresholds: EvidenceThresholds;
}

const DAY_MS = 86_400_000;

/** The verdict rule with the thresholds filled in, in Dutch and English. */
export function evidenceRule(t: EvidenceThresholds): { nl: string; en: string } {
  const pct = (x: number) => `${+(x * 100).toFixed(2)}%`;
  return {
    nl:
      `Anekdote: minder dan ${t.minDistinct} verschillende personen, of de ondergrens van het 95%-betrouwbaarheidsinterval ` +
      `(Wilson) van hun aandeel ligt onder ${pct(t.trivialShare)}. Opkomend: geen anekdote, de laatste periode van ` +
      `${t.periodDays} dagen telt minstens ${t.growthFactor}× zoveel personen als het gemiddelde van de ${t.periods - 1} periodes ` +
      `ervoor, en het aandeel is nog onder ${pct(t.establishedShare)} en minder dan ${t.establishedCount} personen. ` +
      `Gevestigd: alle andere gevallen.`,
    en:
      `Anecdote: fewer than ${t.minDistinct} distinct people, or the lower bound of the 95% (Wilson) confidence interval ` +
      `of their share is below ${pct(t.trivialShare)}. Emerging: not an anecdote, the latest ${t.periodDays}-day period has at ` +
      `least ${t.growthFactor}× as many people as the mean of the ${t.periods - 1} periods before it, and the share is still ` +
      `below ${pct(t.establishedShare)} and fewer than ${t.establishedCount} people. Established: every other case.`,
  };
}

/**
 * Computes the evidence card of a theme or idea from its mentions. People are counted once
 * (customerId, else respondentId), however often they mention it. Share = distinct people / base,
 * with a Wilson score interval. Trend: distinct people in each of the last `periods` windows of
 * `periodDays` days ending at `now`. Verdict:
 * - anecdote when distinct people < minDistinct or the interval's lower bound < trivialShare;
 * - emerging when not an anecdote, growing (latest period ≥ growthFactor × mean of the earlier
 *   periods, or earlier periods empty and the latest has at least 2 people), and share <
 *   establishedShare and distinct people < establishedCount;
 * - established otherwise.
 *
 * Source: Wilson, E. B. (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22; the verdict rule is Klankbord's own and is returned with the card.
 * Cost: O(mentions). Throws "computeEvidence requires a base of at least 1 respondent", a RangeError
 * when the distinct people exceed the base, and an Error naming a mention without an id or with an
 * invalid timestamp.
 *
 * @example
 * computeEvidence(mentions, { base: 400 }).verdict // → 'established'
 */
export function computeEvidence(mentions: readonly Mention[], options: EvidenceOptions): EvidenceCard {
  const { base, now: nowOption, ...overrides } = options;
  const t: EvidenceThresholds = { ...DEFAULT_EVIDENCE_THRESHOLDS };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) (t as unknown as Record<string, number>)[k] = v as number;
  if (!(base >= 1)) throw new Error('computeEvidence requires a base of at least 1 respondent');
  if (!(t.periods >= 1) || !(t.periodDays > 0)) throw new Error('computeEvidence requires periods >= 1 and periodDays > 0');

  const people = new Set<string>();
  const times: number[] = [];
  mentions.forEach((m, i) => {
    const id = m.customerId ?? m.respondentId;
    if (id === undefined || id === '') throw new Error(`computeEvidence: mention ${i} has no customerId or respondentId`);
    const ms = m.timestamp instanceof Date ? m.timestamp.getTime() : typeof m.timestamp === 'number' ? m.timestamp : Date.parse(m.timestamp);
    if (!Number.isFinite(ms)) throw new Error(`computeEvidence: mention ${i} has an invalid timestamp`);
    people.add(personKey(m));
    times.push(ms);
  });
  const distinct = people.size;
  if (distinct > base) throw new RangeError(`computeEvidence: ${distinct} distinct people exceed the base of ${base}`);
  const share = distinct / base;
  const shareCi = wilsonInterval(distinct, base);

  const segmentPeople = new Map<string, Set<string>>();
  mentions.forEach((m) => {
    const s = m.segment ?? '(none)';
    const set = segmentPeople.get(s) ?? new Set<string>();
    set.add(personKey(m));
    segmentPeople.set(s, set);
  });
  const segments = [...segmentPeople.entries()]
    .map(([segment, set]) => ({ segment, people: set.size, share: distinct === 0 ? 0 : set.size / distinct }))
    .sort((a, b) => b.people - a.people || (a.segment < b.segment ? -1 : 1));

  const end = nowOption !== undefined ? new Date(nowOption).getTime() : times.length > 0 ? Math.max(...times) + 1 : Date.now();
  const periodMs = t.periodDays * DAY_MS;
  const periods = Array.from({ length: t.periods }, (_, k) => {
    const start = end - (t.periods - k) * periodMs;
    return { start, end: start + periodMs, people: new Set<string>(), mentions: 0 };
  });
  mentions.forEach((m, i) => {
    const k = Math.floor((times[i] - (end - t.periods * periodMs)) / periodMs);
    if (k >= 0 && k < t.periods) {
      periods[k].people.add(personKey(m));
      periods[k].mentions++;
    }
  });
  const counts = periods.map((p) => p.people.size);
  const latest = counts[counts.length - 1];
  const earlier = counts.slice(0, -1);
  const earlierMean = earlier.length === 0 ? 0 : earlier.reduce((a, b) => a + b, 0) / earlier.length;
  const growing = earlier.length > 0 && (earlierMean > 0 ? latest >= t.growthFactor * earlierMean : latest >= 2);

  const sentiment = { positive: 0, neutral: 0, negative: 0, unknown: 0 };
  for (const m of mentions) sentiment[m.sentiment ?? 'unknown']++;

  const pct = (x: number) => `${+(x * 100).toFixed(1)}%`;
  let verdict: EvidenceVerdict;
  let reason: { nl: string; en: string };
  if (distinct < t.minDistinct) {
    verdict = 'anecdote';
    reason = { nl: `${distinct} personen, minder dan ${t.minDistinct}.`, en: `${distinct} people, fewer than ${t.minDistinct}.` };
  } else if (shareCi[0] < t.trivialShare) {
    verdict = 'anecdote';
    reason = {
      nl: `Ondergrens van het aandeel ${pct(shareCi[0])} ligt onder ${pct(t.trivialShare)}.`,
      en: `Lower bound of the share ${pct(shareCi[0])} is below ${pct(t.trivialShare)}.`,
    };
  } else if (growing && share < t.establishedShare && distinct < t.establishedCount) {
    verdict = 'emerging';
    reason = {
      nl: `Groeit (${latest} personen in de laatste periode tegen gemiddeld ${+earlierMean.toFixed(1)} ervoor), aandeel ${pct(share)} nog onder ${pct(t.establishedShare)}.`,
      en: `Growing (${latest} people in the latest period against ${+earlierMean.toFixed(1)} on average before), share ${pct(share)} still below ${pct(t.establishedShare)}.`,
    };
  } else {
    verdict = 'established';
    reason = {
      nl: `${distinct} personen, aandeel ${pct(share)} (95%-interval ${pct(shareCi[0])}–${pct(shareCi[1])}).`,
      en: `${distinct} people, share ${pct(share)} (95% interval ${pct(shareCi[0])}–${pct(shareCi[1])}).`,
    };
  }
  return {
    mentions: mentions.length,
    distinctPeople: distinct,
    base,
    share,
    shareCi,
    segments,
    trend: {
      periods: periods.map((p) => ({ start: new Date(p.start).toISOString(), end: new Date(p.end).toISOString(), people: p.people.size, mentions: p.mentions })),
      growing,
    },
    sentiment,
    verdict,
    reason,
    rule: evidenceRule(t),
    thresholds: t,
  };
}

function personKey(m: Mention): string {
  return m.customerId !== undefined && m.customerId !== '' ? `c:${m.customerId}` : `r:${m.respondentId}`;
}
