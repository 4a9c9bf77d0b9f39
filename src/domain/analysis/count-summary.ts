import { sortAnswerLabels } from '../../analysis/answer-labels.ts';
import { chiSquareQuantile, normalQuantile, studentTQuantile } from '../../analysis/distributions.ts';
import { wilsonInterval } from '../../analysis/proportion.ts';
import { SMALL_BASE } from '../../analysis/survey-weights.ts';
import type { QuestionType } from '../../analysis/question-summary.ts';
import type { DistributionRowApi, NpsResultApi, NumericSummaryApi, ProportionEstimateApi, QuestionFigures } from '../../shared/analysis.ts';

/**
 * Question summaries from aggregated answers instead of one row per respondent. The database groups the
 * answers (GROUP BY value, per weighting cell); each group carries its respondent count and, with weights,
 * the sum of weights and of squared weights. From those sums every figure of src/analysis summariseQuestion
 * follows exactly (Kish n_eff = (Σw)²/Σw², weighted moments, the weighted quantile walk), so a survey with a
 * million responses is summarised from a few dozen groups. test/analysis/count-summary.test.ts checks the
 * figures equal summariseQuestion on the same rows.
 */

/** One group of respondents with the same answer (and the same weight when weighted). */
export interface AnswerGroup {
  /** The answer as text (`answers ->> q`): a choice, a number, or a JSON list for multi questions; null when missing. */
  value: string | null;
  count: number;
  /** Weight of each respondent in the group (1 when unweighted). */
  weight: number;
}

interface Acc {
  count: number;
  sw: number;
  sw2: number;
}

const empty = (): Acc => ({ count: 0, sw: 0, sw2: 0 });
function add(acc: Acc, g: { count: number; weight: number }) {
  acc.count += g.count;
  acc.sw += g.count * g.weight;
  acc.sw2 += g.count * g.weight * g.weight;
}
const kish = (a: Acc) => (a.sw > 0 ? (a.sw * a.sw) / a.sw2 : 0);

function isMissing(v: string | null): v is null {
  return v === null || v.trim() === '';
}

function toNumber(v: string): number | null {
  const x = Number(v.replace(',', '.'));
  return Number.isFinite(x) ? x : null;
}

function isJsonList(v: string): boolean {
  if (!v.startsWith('[')) return false;
  try {
    return Array.isArray(JSON.parse(v));
  } catch {
    return false;
  }
}

function parseList(v: string): string[] | null {
  if (!v.startsWith('[')) return [v];
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed) ? parsed.map((x) => String(x)) : null;
  } catch {
    return null;
  }
}

/** Distribution rows over answer groups keyed by label, in `order` then the rest sorted (as answerDistribution). */
function distribution(byValue: Map<string, Acc>, total: Acc, order: readonly string[] = []): DistributionRowApi[] {
  const nEff = kish(total);
  const labels = [...order, ...sortAnswerLabels([...byValue.keys()].filter((k) => !order.includes(k)))];
  return labels.map((value) => {
    const acc = byValue.get(value) ?? empty();
    const share = acc.sw / total.sw;
    return { value, count: acc.count, weightedCount: acc.sw, share, ci95: wilsonInterval(share * nEff, nEff) };
  });
}

function proportionOf(yes: Acc, total: Acc): ProportionEstimateApi {
  const nEffective = kish(total);
  const estimate = yes.sw / total.sw;
  return { n: total.count, nEffective, count: yes.sw, estimate, ci95: wilsonInterval(estimate * nEffective, nEffective), smallBase: total.count < SMALL_BASE };
}

/** Numeric groups sorted by value: value and accumulated weights. */
type NumericGroups = { value: number; acc: Acc }[];

/** The weighted quantile of describeNumbers/weightedQuantile, walked over value groups instead of single answers. */
function quantile(groups: NumericGroups, total: Acc, p: number): number {
  const n = total.count;
  const unweighted = total.sw === n && total.sw2 === n;
  if (unweighted) {
    // The library's cumulative share after sorted answer k is (k+1)/n: find the first k reaching p.
    let k = Math.max(0, Math.ceil(n * (p - 1e-12)) - 1);
    while (k > 0 && k / n >= p - 1e-12) k--;
    while ((k + 1) / n < p - 1e-12) k++;
    let start = 0;
    for (let g = 0; g < groups.length; g++) {
      const end = start + groups[g].acc.count;
      if (k < end) {
        const onP = Math.abs((k + 1) / n - p) < 1e-12;
        if (onP && k === end - 1 && g + 1 < groups.length) return (groups[g].value + groups[g + 1].value) / 2;
        return groups[g].value;
      }
      start = end;
    }
    return groups[groups.length - 1].value;
  }
  // Weighted: Σw up to answer k / Σw. Answers of a group share the value, so only a group ending exactly on p
  // averages with the next group's value (an earlier answer of the group cannot be within 1e-12 of p as well).
  let cumW = 0;
  for (let g = 0; g < groups.length; g++) {
    const endShare = (cumW + groups[g].acc.sw) / total.sw;
    if (endShare >= p - 1e-12) {
      if (Math.abs(endShare - p) < 1e-12 && g + 1 < groups.length) return (groups[g].value + groups[g + 1].value) / 2;
      return groups[g].value;
    }
    cumW += groups[g].acc.sw;
  }
  return groups[groups.length - 1].value;
}

function describe(groups: NumericGroups, total: Acc): NumericSummaryApi | null {
  if (total.count < 2) return null;
  const nEffective = kish(total);
  if (!(nEffective > 1)) return null;
  let swx = 0;
  for (const g of groups) swx += g.value * g.acc.sw;
  const mean = swx / total.sw;
  let ss = 0;
  for (const g of groups) ss += g.acc.sw * (g.value - mean) ** 2;
  const df = nEffective - 1;
  const sd = Math.sqrt((ss / total.sw) * (nEffective / df));
  const se = sd / Math.sqrt(nEffective);
  const t = studentTQuantile(0.975, df);
  const halfP = normalQuantile(0.975) * Math.sqrt(0.25 / nEffective);
  return {
    n: total.count,
    nEffective,
    mean,
    se,
    meanCi95: [mean - t * se, mean + t * se],
    median: quantile(groups, total, 0.5),
    medianCi95: [quantile(groups, total, Math.max(0, 0.5 - halfP)), quantile(groups, total, Math.min(1, 0.5 + halfP))],
    sd,
    sdCi95: [sd * Math.sqrt(df / chiSquareQuantile(0.975, df)), sd * Math.sqrt(df / chiSquareQuantile(0.025, df))],
    min: groups[0].value,
    max: groups[groups.length - 1].value,
    smallBase: total.count < SMALL_BASE,
  };
}

/** NPS from score groups, as netPromoterScore. */
function nps(groups: NumericGroups, total: Acc): NpsResultApi {
  let p = 0;
  let pa = 0;
  let d = 0;
  for (const g of groups) {
    if (g.value >= 9) p += g.acc.sw;
    else if (g.value >= 7) pa += g.acc.sw;
    else d += g.acc.sw;
  }
  const pP = p / total.sw;
  const pD = d / total.sw;
  const nEffective = kish(total);
  const diff = pP - pD;
  const se = 100 * Math.sqrt(Math.max(0, pP + pD - diff * diff) / nEffective);
  const score = 100 * diff;
  const z = normalQuantile(0.975);
  return {
    n: total.count, nEffective, promoters: pP, passives: pa / total.sw, detractors: pD, nps: score, se,
    ci95: [Math.max(-100, score - z * se), Math.min(100, score + z * se)], smallBase: total.count < SMALL_BASE,
  };
}

/** Respondents per value, or per one of 20 equal-width bins when there are more than 40 distinct values. */
function histogram(groups: NumericGroups): { label: string; count: number }[] {
  if (groups.length <= 40) return groups.map((g) => ({ label: String(g.value), count: g.acc.count }));
  const lo = groups[0].value;
  const width = (groups[groups.length - 1].value - lo) / 20;
  const bins = Array.from({ length: 20 }, (_, i) => ({ label: `${+(lo + i * width).toPrecision(4)}–${+(lo + (i + 1) * width).toPrecision(4)}`, count: 0 }));
  for (const g of groups) bins[Math.min(19, Math.floor((g.value - lo) / width))].count += g.acc.count;
  return bins;
}

export interface CountSummaryInput {
  type: QuestionType | 'text';
  groups: readonly AnswerGroup[];
  /** Answer options in display order (choice, multi and rating labels). */
  options?: readonly string[];
  scale?: { min: number; max: number };
}

/** Numeric answer groups merged by value and sorted; answers that are not numbers (or outside `accept`) are missing. */
export function numericGroups(groups: readonly AnswerGroup[], accept: (x: number) => boolean = () => true): { groups: NumericGroups; total: Acc; missing: number } {
  const byValue = new Map<number, Acc>();
  const total = empty();
  let missing = 0;
  for (const g of groups) {
    const x = isMissing(g.value) ? null : toNumber(g.value);
    if (x === null || !accept(x) || !(g.weight > 0)) {
      missing += g.count;
      continue;
    }
    const acc = byValue.get(x) ?? empty();
    add(acc, g);
    add(total, g);
    byValue.set(x, acc);
  }
  return { groups: [...byValue.entries()].sort((a, b) => a[0] - b[0]).map(([value, acc]) => ({ value, acc })), total, missing };
}

/**
 * The figures of one question from its answer groups: the same figures summariseQuestion computes from one
 * answer per respondent (choice distribution with Wilson CIs; multi shares and mean ticked; rating mean/median/SD
 * with CIs, distribution, top- and bottom-2-box; NPS with SE and CI; number descriptives), weighted when the
 * groups carry weights. Answers that cannot be read for the type (a non-number to a rating) count as missing.
 * Cost O(g log g) for g groups.
 */
export function summariseAnswerGroups(input: CountSummaryInput): QuestionFigures {
  const { type, groups } = input;
  if (type === 'choice' || type === 'text' || type === 'multi') {
    const byValue = new Map<string, Acc>();
    const total = empty();
    let missing = 0;
    let ticked = 0;
    for (const g of groups) {
      // `->>` gives a list answer as JSON text; a list answer to a choice question is not readable (missing).
      const list = isMissing(g.value) ? null : type === 'multi' ? parseList(g.value) : isJsonList(g.value) ? null : [g.value];
      if (list === null || !(g.weight > 0)) {
        missing += g.count;
        continue;
      }
      add(total, g);
      ticked += g.count * g.weight * list.length;
      for (const label of new Set(list)) {
        const acc = byValue.get(label) ?? empty();
        add(acc, g);
        byValue.set(label, acc);
      }
    }
    const baseFields = { base: total.count, missing, nEffective: kish(total), smallBase: total.count < SMALL_BASE };
    if (type === 'text') return { ...baseFields, type };
    if (type === 'choice') return { ...baseFields, type, distribution: total.count > 0 ? distribution(byValue, total, input.options) : [] };
    if (total.count === 0) return { ...baseFields, type, options: [], meanSelected: null };
    return { ...baseFields, type, options: distribution(byValue, total, input.options), meanSelected: ticked / total.sw };
  }

  const scale = input.scale ?? { min: 1, max: 5 };
  const accept = type === 'nps' ? (x: number) => Number.isInteger(x) && x >= 0 && x <= 10 : type === 'rating' ? (x: number) => x >= scale.min && x <= scale.max : () => true;
  const { groups: numeric, total, missing } = numericGroups(groups, accept);
  const baseFields = { base: total.count, missing, nEffective: kish(total), smallBase: total.count < SMALL_BASE };
  if (type === 'number') return { ...baseFields, type, descriptives: describe(numeric, total), histogram: histogram(numeric) };
  const byLabel = new Map(numeric.map((g) => [String(g.value), g.acc]));
  if (type === 'nps') {
    const order = Array.from({ length: 11 }, (_, k) => String(k));
    return { ...baseFields, type, nps: total.count > 0 ? nps(numeric, total) : null, distribution: total.count > 0 ? distribution(byLabel, total, order) : [] };
  }
  const { min, max } = scale;
  const order = input.options ?? (Number.isInteger(min) && Number.isInteger(max) ? Array.from({ length: max - min + 1 }, (_, k) => String(min + k)) : []);
  if (total.count === 0) return { ...baseFields, type, descriptives: null, distribution: [], topTwoBox: null, bottomTwoBox: null };
  const top = empty();
  const bottom = empty();
  for (const g of numeric) {
    if (g.value >= max - 1) {
      top.count += g.acc.count;
      top.sw += g.acc.sw;
    }
    if (g.value <= min + 1) {
      bottom.count += g.acc.count;
      bottom.sw += g.acc.sw;
    }
  }
  return {
    ...baseFields, type,
    descriptives: describe(numeric, total),
    distribution: distribution(byLabel, total, order),
    topTwoBox: proportionOf(top, total),
    bottomTwoBox: proportionOf(bottom, total),
  };
}

/** Mean and its t interval from numeric groups, as trend's 'mean' statistic (null interval for one answer). */
export function meanOfGroups(groups: readonly AnswerGroup[]): { n: number; nEffective: number; estimate: number; ci95: [number, number] | null } | null {
  const { groups: numeric, total } = numericGroups(groups);
  if (total.count === 0) return null;
  const d = describe(numeric, total);
  const estimate = d ? d.mean : numeric.reduce((s, g) => s + g.value * g.acc.sw, 0) / total.sw;
  return { n: total.count, nEffective: kish(total), estimate, ci95: d ? d.meanCi95 : null };
}

/** NPS from score groups (scores outside 0..10 left out), as netPromoterScore. */
export function npsOfGroups(groups: readonly AnswerGroup[]): NpsResultApi | null {
  const { groups: numeric, total } = numericGroups(groups, (x) => Number.isInteger(x) && x >= 0 && x <= 10);
  return total.count > 0 ? nps(numeric, total) : null;
}
