/**
 * Evaluation of sentiment labels against hand labels: accuracy, macro-F1, per-class precision and
 * recall, and a confusion matrix, overall and per language.
 */
import { analyzeSentiment, type SentimentLabel } from './sentiment.ts';

export const SENTIMENT_LABELS: SentimentLabel[] = ['positive', 'neutral', 'negative'];

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Number of rows with this true label. */
  support: number;
}

export interface SentimentMetrics {
  n: number;
  accuracy: number;
  /** Unweighted mean of the per-class F1 over the classes that occur (as true or predicted label). */
  macroF1: number;
  perClass: Record<SentimentLabel, ClassMetrics>;
  /** confusion[trueLabel][predictedLabel] = count. */
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
}

export interface SentimentEvaluation extends SentimentMetrics {
  byLanguage: Record<string, SentimentMetrics>;
}

export interface LabelledAnswer {
  text: string;
  /** The row's language ('nl', 'en', ...); used to split the figures, and passed to analyzeSentiment when 'nl' or 'en'. */
  lang: string;
  sentiment: SentimentLabel;
}

/**
 * Metrics from (true, predicted) label pairs. Macro-F1 averages F1 over the classes that occur as a
 * true or a predicted label (scikit-learn's f1_score(average='macro') with labels present); a class
 * with no predictions has precision 0.
 * Cost: O(n). Throws "sentimentMetrics requires at least 1 data point" for an empty list.
 * @example
 * sentimentMetrics([['positive','positive'],['negative','neutral']]).accuracy // → 0.5
 */
export function sentimentMetrics(pairs: readonly [SentimentLabel, SentimentLabel][]): SentimentMetrics {
  if (pairs.length === 0) throw new Error('sentimentMetrics requires at least 1 data point');
  const confusion = Object.fromEntries(
    SENTIMENT_LABELS.map((t) => [t, Object.fromEntries(SENTIMENT_LABELS.map((p) => [p, 0]))]),
  ) as Record<SentimentLabel, Record<SentimentLabel, number>>;
  for (const [t, p] of pairs) confusion[t][p] += 1;
  const correct = SENTIMENT_LABELS.reduce((s, l) => s + confusion[l][l], 0);
  const perClass = {} as Record<SentimentLabel, ClassMetrics>;
  const present: number[] = [];
  for (const l of SENTIMENT_LABELS) {
    const tp = confusion[l][l];
    const predicted = SENTIMENT_LABELS.reduce((s, t) => s + confusion[t][l], 0);
    const support = SENTIMENT_LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[l] = { precision, recall, f1, support };
    if (support > 0 || predicted > 0) present.push(f1);
  }
  return {
    n: pairs.length,
    accuracy: correct / pairs.length,
    macroF1: present.reduce((s, x) => s + x, 0) / present.length,
    perClass,
    confusion,
  };
}

/**
 * Runs analyzeSentiment on labelled answers and scores it: accuracy, macro-F1, per-class precision /
 * recall / F1 and the confusion matrix, overall and per language (split by the rows' `lang`).
 * Rows with lang 'nl' or 'en' are analysed in that language; other rows with 'auto'.
 * Cost: O(total text length). Throws "evaluateSentiment requires at least 1 data point" for no rows,
 * and an Error naming the row for a label that is not positive / neutral / negative.
 * @example
 * evaluateSentiment([{ text: 'Top service!', lang: 'nl', sentiment: 'positive' }]).accuracy // → 1
 */
export function evaluateSentiment(rows: readonly LabelledAnswer[]): SentimentEvaluation {
  if (rows.length === 0) throw new Error('evaluateSentiment requires at least 1 data point');
  const pairs = rows.map((r, i) => {
    if (!SENTIMENT_LABELS.includes(r.sentiment)) throw new Error(`evaluateSentiment: row ${i} has label "${r.sentiment}"`);
    const lang = r.lang === 'nl' || r.lang === 'en' ? r.lang : 'auto';
    return [r.sentiment, analyzeSentiment(r.text, lang).label] as [SentimentLabel, SentimentLabel];
  });
  const byLanguage: Record<string, SentimentMetrics> = {};
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort()) {
    byLanguage[lang] = sentimentMetrics(pairs.filter((_, i) => rows[i].lang === lang));
  }
  return { ...sentimentMetrics(pairs), byLanguage };
}
