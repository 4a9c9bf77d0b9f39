import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { evaluateSentiment, sentimentMetrics, type LabelledAnswer } from './sentiment-eval.ts';
import type { SentimentLabel } from './sentiment.ts';

const L: SentimentLabel[] = ['positive', 'neutral', 'negative'];
const pairs = (t: number[], p: number[]) => t.map((x, i) => [L[x], L[p[i]]] as [SentimentLabel, SentimentLabel]);

describe('sentimentMetrics', () => {
  it('matches the scikit-learn classification_report documentation example', () => {
    // scikit-learn docs, sklearn.metrics.classification_report: y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1]
    // class 0: precision 0.50 recall 1.00 f1 0.67; class 1: 0.00 0.00 0.00; class 2: 1.00 0.67 0.80;
    // accuracy 0.60; macro avg f1 0.49.
    const m = sentimentMetrics(pairs([0, 1, 2, 2, 2], [0, 0, 2, 2, 1]));
    expect(m.accuracy).toBeCloseTo(0.6, 10);
    expect(m.perClass.positive.precision).toBeCloseTo(0.5, 10);
    expect(m.perClass.positive.recall).toBeCloseTo(1, 10);
    expect(m.perClass.positive.f1).toBeCloseTo(0.67, 2);
    expect(m.perClass.neutral.f1).toBe(0);
    expect(m.perClass.negative.precision).toBeCloseTo(1, 10);
    expect(m.perClass.negative.recall).toBeCloseTo(0.67, 2);
    expect(m.perClass.negative.f1).toBeCloseTo(0.8, 10);
    expect(m.macroF1).toBeCloseTo(0.49, 2);
    expect(m.perClass.negative.support).toBe(3);
    expect(m.confusion.negative).toEqual({ positive: 0, neutral: 1, negative: 2 });
  });

  it("matches the scikit-learn f1_score documentation example (macro 0.2666...)", () => {
    // sklearn.metrics.f1_score docs: y_true = [0, 1, 2, 0, 1, 2], y_pred = [0, 2, 1, 0, 0, 1] -> macro 0.26666666666666666
    const m = sentimentMetrics(pairs([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1]));
    expect(m.macroF1).toBeCloseTo(0.26666666666666666, 12);
    expect(m.accuracy).toBeCloseTo(2 / 6, 12);
  });

  it('throws for no data', () => {
    expect(() => sentimentMetrics([])).toThrow('sentimentMetrics requires at least 1 data point');
    expect(() => evaluateSentiment([])).toThrow('evaluateSentiment requires at least 1 data point');
  });
});

describe('evaluateSentiment on feedback_dev.csv (480 hand-labelled answers, 320 nl / 160 en)', () => {
  const file = path.resolve(process.cwd(), '../shared/data/text/feedback_dev.csv');
  const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const answers: LabelledAnswer[] = rows.map((r) => ({ text: r.text, lang: r.lang, sentiment: r.sentiment as SentimentLabel }));

  it('reaches accuracy >= 0.80 overall (the off-the-shelf lexicon baseline is 0.51)', () => {
    expect(answers.length).toBe(480);
    const ev = evaluateSentiment(answers);
    const f = (x: number) => x.toFixed(3);
    console.log(`sentiment on feedback_dev.csv: accuracy ${f(ev.accuracy)}, macro-F1 ${f(ev.macroF1)} (n = ${ev.n})`);
    for (const [lang, m] of Object.entries(ev.byLanguage)) {
      console.log(`  ${lang}: n = ${m.n}, accuracy ${f(m.accuracy)}, macro-F1 ${f(m.macroF1)}, ` +
        L.map((l) => `${l} P ${f(m.perClass[l].precision)} R ${f(m.perClass[l].recall)}`).join(', '));
      console.log(`  ${lang} confusion (true -> predicted): ${JSON.stringify(m.confusion)}`);
    }
    expect(ev.byLanguage.nl.n).toBe(320);
    expect(ev.byLanguage.en.n).toBe(160);
    expect(ev.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(ev.byLanguage.nl.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(ev.byLanguage.en.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(ev.macroF1).toBeGreaterThanOrEqual(0.78);
  });

  it('does about as well when the language is detected instead of given', () => {
    const auto = evaluateSentiment(answers.map((a) => ({ ...a, lang: 'auto' })));
    console.log(`with language detection: accuracy ${auto.accuracy.toFixed(3)}, macro-F1 ${auto.macroF1.toFixed(3)}`);
    expect(auto.accuracy).toBeGreaterThanOrEqual(0.79);
  });
});
