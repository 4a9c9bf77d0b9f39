import { wilsonInterval } from '../../analysis/proportion.ts';
import { describeSegments } from '../../analysis/segment-description.ts';
import { segmentLetter, type LocalizedText, type SegmentCard, type SegmentItem, type SegmentTrait } from '../../shared/segments.ts';

/** The parameters of one fitted latent class model, as kept with a run and a saved segmentation. */
export interface SegmentModel {
  k: number;
  loglik: number;
  bic: number;
  aic: number;
  entropy: number | null;
  npar: number;
  converged: boolean;
  shares: number[];
  /** Item keys, in column order. */
  items: string[];
  /** Observed category values per item; probs[item][class][category] refers to these. */
  categories: string[][];
  probs: number[][][];
  /**
   * Mixture models (some items as numbers): the number items, in column order, with their mean and
   * variance per class (means[column][class]). Absent for latent class models.
   */
  numeric?: { items: string[]; means: number[][]; variances: number[][] };
}

/** Every item key of a model: the categorical items, then the number items. */
export function modelItems(model: SegmentModel): string[] {
  return [...model.items, ...(model.numeric?.items ?? [])];
}

/** An answer must be at least this common in the segment to describe it ("often"). */
const MIN_IN_SEGMENT = 0.4;
const FALLBACK_MIN_IN_SEGMENT = 0.25;
const MIN_LIFT = 1.2;
const TRAITS_KEPT = 5;
const TRAITS_IN_SENTENCE = 3;

/** A number item describes a segment when its mean differs from the rest by at least this many pooled SDs. */
const MIN_MEAN_EFFECT = 0.5;
const MEAN_TRAITS_KEPT = 3;

/**
 * What sets each segment apart: for number items (mixture models) the segment's mean against the
 * rest (meanTraits), then the answers with the highest lift (answerTraits); at most 5 in all.
 */
export function segmentTraits(model: SegmentModel, items: readonly SegmentItem[], segment: number): SegmentTrait[] {
  const means = meanTraits(model, items, segment).slice(0, MEAN_TRAITS_KEPT);
  return [...means, ...(model.items.length > 0 ? answerTraits(model, items, segment) : [])].slice(0, TRAITS_KEPT);
}

/**
 * The number items that set a segment apart: the segment's mean against the rest (the other classes'
 * means weighted by their shares), kept when they differ by at least 0.5 pooled within-class standard
 * deviations (√Σ share_k·variance_k), strongest first; lift carries that signed difference. With one
 * class: every number item's mean (lift 0).
 */
export function meanTraits(model: SegmentModel, items: readonly SegmentItem[], segment: number): SegmentTrait[] {
  const numeric = model.numeric;
  if (!numeric) return [];
  const byKey = new Map(items.map((i) => [i.key, i]));
  const out: SegmentTrait[] = [];
  numeric.items.forEach((key, p) => {
    const item = byKey.get(key);
    if (!item) return;
    const inSegment = numeric.means[p][segment];
    let restWeight = 0;
    let restSum = 0;
    let pooled = 0;
    for (let k = 0; k < model.k; k++) {
      pooled += model.shares[k] * numeric.variances[p][k];
      if (k === segment) continue;
      restWeight += model.shares[k];
      restSum += model.shares[k] * numeric.means[p][k];
    }
    const rest = restWeight > 0 ? restSum / restWeight : inSegment;
    const effect = pooled > 0 ? (inSegment - rest) / Math.sqrt(pooled) : 0;
    if (model.k > 1 && Math.abs(effect) < MIN_MEAN_EFFECT) return;
    out.push({ kind: 'mean', item: key, question: questionLabel(item), answer: { nl: formatNumber(inSegment, 'nl'), en: formatNumber(inSegment, 'en') }, inSegment, rest, lift: effect });
  });
  return out.sort((a, b) => Math.abs(b.lift) - Math.abs(a.lift));
}

/** A mean as the cards show it: one decimal below 100 ("8,7" / "8.7"), whole numbers above. */
export function formatNumber(x: number, lang: 'nl' | 'en'): string {
  const digits = Math.abs(x) < 100 ? 1 : 0;
  return x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * The answers that set each segment apart. The lifts come from describeSegments
 * (src/analysis/segment-description.ts): P(answer | segment) / P(answer | rest), the rest being the
 * other classes weighted by their shares. On top of that the product's rules: one answer per item
 * (its highest lift), checkbox options only when chosen, the answer common in the segment (≥ 40%,
 * else ≥ 25%) and at least 1.2× as common as in the rest; a lift with nobody in the rest is shown as
 * inSegment / 0.0001. With one class: the most common answers (lift 1).
 */
export function answerTraits(model: SegmentModel, items: readonly SegmentItem[], segment: number): SegmentTrait[] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const trait = (key: string, value: string, inSegment: number, rest: number): SegmentTrait | null => {
    const item = byKey.get(key);
    // "Did not choose X" says little about who someone is; checkbox options describe by their choice.
    if (!item || (item.option && value === 'no')) return null;
    const category = item.categories.find((x) => x.value === value);
    return { kind: 'answer', item: key, question: questionLabel(item), answer: category?.text ?? { nl: value, en: value }, inSegment, rest, lift: inSegment / Math.max(rest, 1e-4) };
  };
  if (model.k === 1) {
    const common = model.items.flatMap((key, j) => {
      const p = model.probs[j][0];
      const order = p.map((_, c) => c).sort((a, b) => p[b] - p[a]);
      const best = order.map((c) => trait(key, model.categories[j][c], p[c], p[c])).find((x) => x !== null);
      return best ? [best] : [];
    });
    return common.sort((a, b) => b.inSegment - a.inSegment).slice(0, TRAITS_KEPT);
  }
  const pick = (min: number) => {
    const [description] = describeSegments({ classes: model.k, n: 1, shares: model.shares, items: model.items, categories: model.categories, probs: model.probs }, { top: Infinity, minInSegment: min }).slice(segment, segment + 1);
    const seen = new Set<string>();
    const out: SegmentTrait[] = [];
    for (const f of description.features) {
      if (f.lift < MIN_LIFT || seen.has(f.item)) continue;
      const t = trait(f.item, f.category, f.inSegment, f.elsewhere);
      if (!t) continue;
      seen.add(f.item);
      out.push(t);
    }
    return out.sort((a, b) => b.lift - a.lift || b.inSegment - a.inSegment);
  };
  const strong = pick(MIN_IN_SEGMENT);
  return (strong.length > 0 ? strong : pick(FALLBACK_MIN_IN_SEGMENT)).slice(0, TRAITS_KEPT);
}

/** The question title as a short label: without a trailing "(...)" remark or question mark. */
function questionLabel(item: SegmentItem): LocalizedText {
  const short = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').replace(/[?:]\s*$/, '').trim();
  return { nl: short(item.title.nl), en: short(item.title.en) };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The sentence that explains a segment, composed from the top-lift answers in the survey's own
 * words, e.g. "Segment B (34%): vaak 'Gezin met thuiswonende kinderen' bij Hoe ziet uw huishouden eruit, ...";
 * number items first as "gemiddeld 8,7 bij 'Zou u ons aanbevelen' (rest 5,1)".
 */
export function segmentSentence(segment: number, share: number, traits: readonly SegmentTrait[], single: boolean): LocalizedText {
  const head = { nl: `Segment ${segmentLetter(segment)} (${percent(share)})`, en: `Segment ${segmentLetter(segment)} (${percent(share)})` };
  if (single) {
    return {
      nl: `${head.nl}: iedereen samen; de antwoorden laten geen duidelijke groepen zien.`,
      en: `${head.en}: everyone together; the answers show no clear groups.`,
    };
  }
  const top = traits.slice(0, TRAITS_IN_SENTENCE);
  if (top.length === 0) {
    return { nl: `${head.nl}: geen antwoorden die deze groep duidelijk onderscheiden.`, en: `${head.en}: no answers clearly set this group apart.` };
  }
  const quote = (s: string) => (s.startsWith('niet ') || s.startsWith('not ') ? s : `'${s}'`);
  const means = top.filter((t) => t.kind === 'mean');
  const answers = top.filter((t) => t.kind !== 'mean');
  const compose = (lang: 'nl' | 'en') => {
    const parts = means.map((t) =>
      lang === 'nl'
        ? `gemiddeld ${t.answer.nl} bij '${t.question.nl}' (rest ${formatNumber(t.rest, 'nl')})`
        : `on average ${t.answer.en} for '${t.question.en}' (rest ${formatNumber(t.rest, 'en')})`,
    );
    if (answers.length > 0) {
      parts.push(
        lang === 'nl'
          ? `vaak ${answers.map((t) => `${quote(t.answer.nl)} bij ${t.question.nl}`).join(', ')}`
          : `often ${answers.map((t) => `${quote(t.answer.en)} for ${t.question.en}`).join(', ')}`,
      );
    }
    return `${head[lang]}: ${parts.join(', ')}.`;
  };
  return { nl: compose('nl'), en: compose('en') };
}

/**
 * A suggested segment name from its two strongest answers, e.g. "Gezin met thuiswonende kinderen · Appartement"
 * (a number item as "Zou u ons aanbevelen: hoog").
 * Answers that mean nothing alone (yes/no, a rating) are named with their question: "Tuin gewenst: Ja" style.
 */
export function suggestedSegmentName(segment: number, traits: readonly SegmentTrait[], single: boolean, items: readonly SegmentItem[] = []): LocalizedText {
  if (single) return { nl: 'Iedereen', en: 'Everyone' };
  const top = traits.slice(0, 2);
  if (top.length === 0) return { nl: `Segment ${segmentLetter(segment)}`, en: `Segment ${segmentLetter(segment)}` };
  const types = new Map(items.map((i) => [i.key, i.type]));
  const part = (t: SegmentTrait, lang: 'nl' | 'en') => {
    if (t.kind === 'mean') return `${t.question[lang]}: ${t.lift > 0 ? (lang === 'nl' ? 'hoog' : 'high') : lang === 'nl' ? 'laag' : 'low'}`;
    const type = types.get(t.item);
    return type === 'boolean' || type === 'rating' || type === 'nps' ? `${t.question[lang]}: ${t.answer[lang]}` : t.answer[lang];
  };
  return { nl: top.map((t) => part(t, 'nl')).join(' · '), en: top.map((t) => part(t, 'en')).join(' · ') };
}

/**
 * One card per segment: model share, respondents assigned to it (modal class) with a Wilson 95%
 * interval of their share, mean membership probability, suggested name, sentence and traits.
 */
export function segmentCards(model: SegmentModel, items: readonly SegmentItem[], assignment: { segment: ArrayLike<number>; probability: ArrayLike<number> }): SegmentCard[] {
  const counts = new Array<number>(model.k).fill(0);
  const probabilitySums = new Array<number>(model.k).fill(0);
  let n = 0;
  for (let i = 0; i < assignment.segment.length; i++) {
    const s = assignment.segment[i];
    if (s < 0) continue;
    n++;
    counts[s]++;
    probabilitySums[s] += assignment.probability[i];
  }
  const single = model.k === 1;
  return model.shares.map((share, segment) => {
    const traits = segmentTraits(model, items, segment);
    return {
      segment,
      letter: segmentLetter(segment),
      share,
      assigned: counts[segment],
      assignedShare: n > 0 ? counts[segment] / n : 0,
      ci95: n > 0 ? wilsonInterval(counts[segment], n) : [0, 1],
      meanProbability: counts[segment] > 0 ? probabilitySums[segment] / counts[segment] : 0,
      name: suggestedSegmentName(segment, traits, single, items),
      sentence: segmentSentence(segment, share, traits, single),
      traits,
    };
  });
}
