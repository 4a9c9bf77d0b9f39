import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/analysis/adjusted-rand.ts';
import { mixedData, spreadTies } from '../../src/domain/segments/run-segmentation.command.ts';
import { fitMixedSegments, SegmentFitCancelled } from '../../src/domain/segments/segment-fit-runner.ts';
import { classifyWithModel } from '../../src/domain/segments/segment-posterior.ts';
import { segmentColumns, segmentItems, segmentNumbers } from '../../src/domain/segments/segment-items.ts';
import { segmentCards } from '../../src/domain/segments/segment-profile.ts';
import { findTemplate } from '../../src/domain/surveys/templates/index.ts';
import { listQuestions } from '../../src/domain/surveys/survey-questions.ts';
import { plantedMixedAnswers } from './planted-housing.ts';

// The housing template plus a 0–10 recommendation, as createHousingSurvey builds it.
const definition = structuredClone(findTemplate('housing-preferences').definition) as { pages: { elements: unknown[] }[] };
definition.pages[0].elements.push({ type: 'rating', name: 'recommend', title: { nl: 'Zou u ons aanbevelen?', en: 'Would you recommend us?' }, rateMin: 0, rateMax: 10 });
definition.pages[0].elements.push({ type: 'text', inputType: 'number', name: 'budget', title: { nl: 'Budget (x 1000)', en: 'Budget (x 1000)' } });
const questions = listQuestions(definition as unknown as Record<string, unknown>);
const CATEGORICAL = ['household', 'age', 'desired_type', 'garden'];

function data(answers: Record<string, unknown>[]) {
  return mixedData(segmentColumns(questions, CATEGORICAL, answers), segmentNumbers(questions, ['recommend'], answers));
}

describe('items as numbers', () => {
  it('spreads tied values evenly over one scale step, keeping each value\'s mean', () => {
    const spread = spreadTies([3, 5, 3, null, 3, 7]);
    expect(Number.isNaN(spread[3])).toBe(true);
    expect(spread[1]).toBe(5);
    expect(spread[5]).toBe(7);
    // Three 3s over [2, 4] (step 2): 3 - 2/3, 3, 3 + 2/3 in some order.
    const threes = [spread[0], spread[2], spread[4]].sort((a, b) => a - b);
    [3 - 2 / 3, 3, 3 + 2 / 3].forEach((x, i) => expect(threes[i]).toBeCloseTo(x, 12));
    expect(Array.from(spreadTies([1.5, 2.25, 10]))).toEqual([1.5, 2.25, 10]);
  });

  it('offers ratings and number questions as categories or a number (number by default for 0–10 and numbers)', () => {
    const items = new Map(segmentItems(questions, [{ recommend: 8, current_satisfaction: 3, budget: '350', household: 'family' }, { recommend: '3', budget: 280.5 }]).map((i) => [i.key, i]));
    expect(items.get('recommend')).toMatchObject({ measures: ['categories', 'number'], defaultMeasure: 'number', answered: 2 });
    expect(items.get('current_satisfaction')).toMatchObject({ measures: ['categories', 'number'], defaultMeasure: 'categories' });
    expect(items.get('budget')).toMatchObject({ type: 'number', measures: ['categories', 'number'], defaultMeasure: 'number', answered: 2 });
    expect(items.get('budget')!.categories.map((c) => c.value)).toEqual(['280.5', '350']);
    expect(items.get('household')).toMatchObject({ measures: ['categories'], defaultMeasure: 'categories' });
    expect(items.get('location=centre')).toMatchObject({ measures: ['categories'] });
    // Numbers: a rating outside its scale and text are not answers.
    const [recommend, budget] = segmentNumbers(questions, ['recommend', 'budget'], [{ recommend: 8, budget: '12,5' }, { recommend: 11, budget: '350' }, { recommend: '0' }]);
    expect(recommend.values).toEqual([8, null, 0]);
    expect(budget.values).toEqual([null, 350, null]);
  });
});

describe('mixed data: two planted groups that differ on the 0–10 recommendation and household', () => {
  const { answers, truth } = plantedMixedAnswers(400, 31);

  it('the mixture fit in the worker picks K = 2 by BIC and recovers the groups (ARI >= 0.9)', async () => {
    const progress: number[] = [];
    const fits = await fitMixedSegments({ data: data(answers), ks: [1, 2, 3, 4, 5, 6, 7, 8], starts: 5, seed: 1 }, { onProgress: (f) => progress.push(f) });
    expect(fits.map((f) => f.model.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const best = fits.reduce((a, b) => (b.model.bic < a.model.bic ? b : a));
    expect(best.model.k).toBe(2);
    expect(adjustedRandIndex(truth, Array.from(best.segment))).toBeGreaterThanOrEqual(0.9);
    expect(fits[0].model.entropy).toBeNull();
    expect(best.model.entropy!).toBeGreaterThan(0.8);
    // npar = (K-1) + K·Σ(categories-1) + 2·K·numbers = 1 + 2·(2+3+2+1) + 2·2·1
    expect(best.model.npar).toBe(1 + 2 * 8 + 4);
    expect(best.model.numeric!.items).toEqual(['recommend']);
    expect(progress.length).toBeGreaterThan(5);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);

    // Saved-model classification reproduces the fitted posterior on the fitted (tie-spread) numbers, and
    // on the answers as given (what saving uses) it keeps nearly everyone in their segment.
    const columns = segmentColumns(questions, CATEGORICAL, answers);
    const given = segmentNumbers(questions, ['recommend'], answers);
    const fitted = [{ values: Array.from(spreadTies(given[0].values), (x) => (Number.isNaN(x) ? null : x)) }];
    const again = classifyWithModel(best.model, columns, fitted);
    for (let i = 0; i < answers.length; i++) {
      expect(again.segment[i]).toBe(best.segment[i]);
      expect(again.probability[i]).toBeCloseTo(best.probability[i], 9);
    }
    const asGiven = classifyWithModel(best.model, columns, given);
    const same = Array.from(asGiven.segment).filter((x, i) => x === best.segment[i]).length;
    expect(same / answers.length).toBeGreaterThanOrEqual(0.98);

    // Cards: the recommenders are described by their mean against the rest, next to the household lift.
    const cards = segmentCards(best.model, segmentItems(questions, answers), best);
    const high = cards.find((c) => c.traits.some((t) => t.kind === 'mean' && t.lift > 0))!;
    const low = cards.find((c) => c !== high)!;
    const mean = high.traits.find((t) => t.kind === 'mean')!;
    // Planted means: 0.1·7 + 0.3·8 + 0.35·9 + 0.25·10 = 8.75 and 0.1·2 + 0.2·3 + 0.3·4 + 0.25·5 + 0.15·6 = 4.15.
    expect(mean.inSegment).toBeGreaterThan(8.4);
    expect(mean.inSegment).toBeLessThan(9.1);
    expect(mean.rest).toBeGreaterThan(3.8);
    expect(mean.rest).toBeLessThan(4.5);
    // The rest of a two-segment model is the other segment.
    expect(mean.rest).toBeCloseTo(best.model.numeric!.means[0][low.segment], 9);
    const nl = (x: number) => x.toFixed(1).replace('.', ',');
    expect(high.sentence.nl).toContain(`gemiddeld ${nl(mean.inSegment)} bij 'Zou u ons aanbevelen' (rest ${nl(mean.rest)})`);
    expect(high.sentence.en).toContain(`on average ${mean.inSegment.toFixed(1)} for 'Would you recommend us' (rest ${mean.rest.toFixed(1)})`);
    expect(high.sentence.nl).toContain("vaak 'Gezin met thuiswonende kinderen' bij Hoe ziet uw huishouden eruit");
    expect(high.name.nl).toContain('Zou u ons aanbevelen: hoog');
    expect(low.name.en).toContain('Would you recommend us: low');
    expect(low.traits.find((t) => t.kind === 'mean')!.lift).toBeLessThan(-0.5);
    for (const c of cards) for (const t of c.traits.filter((x) => x.kind === 'answer')) expect(t.lift).toBeGreaterThanOrEqual(1.2);
  });

  it('cancels a mixture fit in the worker', async () => {
    const big = plantedMixedAnswers(4000, 5).answers;
    const controller = new AbortController();
    let reports = 0;
    const run = fitMixedSegments(
      { data: data(big), ks: [1, 2, 3, 4, 5, 6, 7, 8], starts: 50, seed: 1 },
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
