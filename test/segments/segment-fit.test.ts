import { describe, expect, it } from 'vitest';
import { encodeCategoricalResponses } from '../../src/analysis/lca-responses.ts';
import { fitLatentClassModel } from '../../src/analysis/lca.ts';
import { fitSegments, SegmentFitCancelled } from '../../src/domain/segments/segment-fit-runner.ts';
import { toSegmentModel } from '../../src/domain/segments/segment-fit.ts';
import { classifyWithModel } from '../../src/domain/segments/segment-posterior.ts';
import { segmentColumns, segmentItems } from '../../src/domain/segments/segment-items.ts';
import { segmentCards } from '../../src/domain/segments/segment-profile.ts';
import { findTemplate } from '../../src/domain/surveys/templates/index.ts';
import { listQuestions } from '../../src/domain/surveys/survey-questions.ts';
import { plantedHousingAnswers } from './planted-housing.ts';

const questions = listQuestions(findTemplate('housing-preferences').definition as Record<string, unknown>);
const ITEMS = ['household', 'age', 'desired_type', 'price_range', 'garden', 'ground_floor', 'location=centre', 'location=schools'];

describe('segment items', () => {
  it('codes checkbox options as chosen / not chosen and yes/no answers as true/false', () => {
    const columns = segmentColumns(questions, ['garden', 'location=centre', 'household'], [
      { garden: true, location: ['centre', 'shops'], household: 'family' },
      { garden: false, location: ['shops'] },
      { household: 'nonsense' },
    ]);
    expect(columns.map((c) => c.values)).toEqual([
      ['true', 'false', null],
      ['yes', 'no', null],
      ['family', null, null],
    ]);
    const items = segmentItems(questions, [{ garden: true }, { garden: true }]);
    expect(items.find((i) => i.key === 'garden')).toMatchObject({ answered: 2, topShare: 1, suggested: false, reason: 'few-answers' });
    expect(items.find((i) => i.key === 'location=centre')?.option).toEqual({ nl: 'Dicht bij het centrum', en: 'Close to the centre' });
  });
});

describe('classifying respondents with a saved model', () => {
  it('reproduces the posterior of the fitted latent class model', () => {
    const { answers } = plantedHousingAnswers(300, 11);
    const data = encodeCategoricalResponses(segmentColumns(questions, ITEMS, answers));
    const fitted = fitLatentClassModel(data, 3, { starts: 5, seed: 3 });
    const columns = segmentColumns(questions, ITEMS, answers);
    const { segment, probability } = classifyWithModel(toSegmentModel(fitted), columns);
    for (let i = 0; i < 300; i++) {
      const row = Array.from(fitted.posterior.subarray(i * 3, i * 3 + 3));
      const best = row.indexOf(Math.max(...row));
      expect(segment[i]).toBe(best);
      expect(probability[i]).toBeCloseTo(row[best], 9);
    }
  });
});

describe('segment cards', () => {
  it('name the families and the couples by their highest-lift answers', () => {
    const { answers } = plantedHousingAnswers(400, 5);
    const data = encodeCategoricalResponses(segmentColumns(questions, ITEMS, answers));
    const model = toSegmentModel(fitLatentClassModel(data, 2, { starts: 5, seed: 1 }));
    const items = segmentItems(questions, answers);
    const cards = segmentCards(model, items, classifyWithModel(model, segmentColumns(questions, ITEMS, answers)));
    const text = cards.map((c) => c.sentence.nl).join('\n');
    expect(text).toContain("'Gezin met thuiswonende kinderen' bij Hoe ziet uw huishouden eruit");
    expect(text).toMatch(/'Appartement' bij Welk type woning zoekt u|'Samenwonend zonder kinderen' bij Hoe ziet uw huishouden eruit|'65 of ouder' bij Wat is uw leeftijd/);
    for (const c of cards) {
      expect(c.sentence.nl).toMatch(/^Segment [AB] \(\d+%\): vaak '/);
      expect(c.sentence.en).toMatch(/^Segment [AB] \(\d+%\): often '/);
      expect(c.name.nl).toBe(c.traits.slice(0, 2).map((t) => t.answer.nl).join(' · '));
      // The lift is the ratio of the two shares shown (the rest floored at 0.0001).
      for (const t of c.traits) expect(t.lift).toBeCloseTo(t.inSegment / Math.max(t.rest, 1e-4), 9);
    }
  });
});

describe('fitting in a worker thread', () => {
  it('returns one model per K with assignments for every row', async () => {
    const { answers } = plantedHousingAnswers(200, 9);
    const responses = encodeCategoricalResponses(segmentColumns(questions, ITEMS, answers));
    const progress: number[] = [];
    const fits = await fitSegments({ responses, ks: [1, 2, 3], starts: 3, seed: 1 }, { onProgress: (f) => progress.push(f) });
    expect(fits.map((f) => f.model.k)).toEqual([1, 2, 3]);
    expect(fits[1].segment).toHaveLength(200);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('stops the worker when cancelled after the first progress report', async () => {
    const { answers } = plantedHousingAnswers(3000, 21);
    const responses = encodeCategoricalResponses(segmentColumns(questions, ITEMS, answers));
    const controller = new AbortController();
    let reports = 0;
    const run = fitSegments(
      { responses, ks: [1, 2, 3, 4, 5, 6, 7, 8], starts: 200, seed: 1 },
      {
        signal: controller.signal,
        onProgress: () => {
          reports++;
          controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(SegmentFitCancelled);
    expect(reports).toBeGreaterThan(0);
  });
});
