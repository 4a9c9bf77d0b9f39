import { ConditionRunner, FunctionFactory } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/domain/surveys/answer-validation.ts';
import { listQuestions } from '../../src/domain/surveys/survey-questions.ts';
import { evaluateCondition } from '../../src/domain/surveys/question-visibility.ts';
import { checkSurveyDefinition } from '../../src/domain/surveys/check-survey-definition.ts';
import { SURVEY_TEMPLATES } from '../../src/domain/surveys/templates/index.ts';
import { npsTemplate } from '../../src/domain/surveys/templates/nps.ts';
import { customerNeedsTemplate } from '../../src/domain/surveys/templates/customer-needs.ts';
import { housingPreferencesTemplate } from '../../src/domain/surveys/templates/housing-preferences.ts';

const nps = npsTemplate.definition;
const fields = (r: { problems: { field?: string; reason: string }[] }) => r.problems.map((p) => p.field);

describe('listQuestions', () => {
  it('maps SurveyJS types to ours, with bilingual titles and options', () => {
    const qs = listQuestions(nps);
    expect(qs.map((q) => [q.name, q.type])).toEqual([
      ['nps', 'nps'],
      ['why_low', 'comment'],
      ['why_mid', 'comment'],
      ['why_high', 'comment'],
      ['frequency', 'single'],
      ['contact_ok', 'boolean'],
      ['email', 'email'],
    ]);
    const score = qs[0];
    expect(score.rateValues).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(score.title.en).toMatch(/recommend/);
    expect(qs[4].choices![0]).toEqual({ value: 'weekly', text: { nl: 'Elke week', en: 'Every week' } });
    expect(qs[4].page).toBe(1);
  });

  it('reads matrix rows and columns, rating 1-7, ranking and number', () => {
    const qs = listQuestions(customerNeedsTemplate.definition);
    expect(qs.find((q) => q.name === 'fit')).toMatchObject({ type: 'rating', rateMin: 1, rateMax: 7 });
    expect(qs.find((q) => q.name === 'priorities')!.type).toBe('ranking');
    expect(qs.find((q) => q.name === 'visits_per_month')).toMatchObject({ type: 'number', min: 0, max: 100 });
    const m = listQuestions(housingPreferencesTemplate.definition).find((q) => q.name === 'importance')!;
    expect(m.type).toBe('matrix');
    expect(m.rows!.map((r) => r.value)).toEqual(['parking', 'energy', 'space']);
    expect(m.columns!.map((c) => c.value)).toEqual([1, 2, 3]);
  });

  it('treats a plain string as both languages and falls back from default', () => {
    const qs = listQuestions({ pages: [{ elements: [{ type: 'radiogroup', name: 'a', title: { default: 'Kleur?', en: 'Colour?' }, choices: ['rood', 2] }] }] });
    expect(qs[0].title).toEqual({ nl: 'Kleur?', en: 'Colour?' });
    expect(qs[0].choices).toEqual([
      { value: 'rood', text: { nl: 'rood', en: 'rood' } },
      { value: 2, text: { nl: '2', en: '2' } },
    ]);
  });
});

describe('validateAnswers', () => {
  it('accepts a complete, consistent answer set', () => {
    const r = validateAnswers(nps, { nps: 9, why_high: 'Lekker brood', frequency: 'weekly', contact_ok: true, email: 'a@b.nl' }, { complete: true });
    expect(r.problems).toEqual([]);
    expect(r.answers.nps).toBe(9);
  });

  it('rejects a rating of 12 on a 0-10 scale, naming the question', () => {
    const r = validateAnswers(nps, { nps: 12 }, { complete: false });
    expect(r.problems).toEqual([{ field: 'answers.nps', reason: '12 is outside the scale (0 to 10)' }]);
  });

  it('rejects a rating of 0 on a 1-5 scale and a fraction', () => {
    const csat = SURVEY_TEMPLATES.find((t) => t.name === 'csat')!.definition;
    expect(fields(validateAnswers(csat, { csat: 0 }, { complete: false }))).toEqual(['answers.csat']);
    expect(fields(validateAnswers(csat, { csat: 2.5 }, { complete: false }))).toEqual(['answers.csat']);
  });

  it('rejects an unknown option of a single choice and of a checkbox', () => {
    expect(validateAnswers(nps, { nps: 9, frequency: 'daily' }, { complete: false }).problems[0]).toMatchObject({ field: 'answers.frequency', reason: expect.stringContaining('not one of the options') });
    const r = validateAnswers(customerNeedsTemplate.definition, { reasons: ['daily', 'party'] }, { complete: false });
    expect(r.problems).toEqual([{ field: 'answers.reasons', reason: expect.stringContaining('"party" is not one of the options') }]);
  });

  it('accepts "other" with its comment where the question has an other option', () => {
    const r = validateAnswers(customerNeedsTemplate.definition, { reasons: ['other'], 'reasons-Comment': 'brood voor de kerk' }, { complete: false });
    expect(r.problems).toEqual([]);
    expect(r.answers['reasons-Comment']).toBe('brood voor de kerk');
  });

  it('requires a visible required question only on complete', () => {
    expect(validateAnswers(nps, { frequency: 'weekly' }, { complete: false }).problems).toEqual([]);
    expect(validateAnswers(nps, { frequency: 'weekly' }, { complete: true }).problems).toEqual([{ field: 'answers.nps', reason: 'is required' }]);
  });

  it('requires a question only while its show-if condition shows it', () => {
    const def = {
      pages: [
        {
          elements: [
            { type: 'boolean', name: 'member', title: 'Lid?' },
            { type: 'text', name: 'number', isRequired: true, visibleIf: '{member} = true', title: 'Lidnummer' },
          ],
        },
      ],
    };
    expect(validateAnswers(def, { member: false }, { complete: true }).problems).toEqual([]);
    expect(validateAnswers(def, { member: true }, { complete: true }).problems).toEqual([{ field: 'answers.number', reason: 'is required' }]);
  });

  it('rejects an answer to a question that its condition hides', () => {
    const r = validateAnswers(nps, { nps: 10, why_low: 'slecht' }, { complete: false });
    expect(r.problems).toEqual([{ field: 'answers.why_low', reason: 'is answered but hidden by its show-if condition ({nps} <= 6)' }]);
  });

  it('rejects wrong types', () => {
    const r = validateAnswers(nps, { nps: 'ten', frequency: ['weekly'], contact_ok: 'yes' }, { complete: false });
    expect(r.problems).toEqual([
      { field: 'answers.nps', reason: 'must be a number' },
      { field: 'answers.frequency', reason: expect.stringContaining('is not one of the options') },
      { field: 'answers.contact_ok', reason: 'must be true or false' },
    ]);
    expect(fields(validateAnswers(customerNeedsTemplate.definition, { visits_per_month: 'veel' }, { complete: false }))).toEqual(['answers.visits_per_month']);
    expect(fields(validateAnswers(customerNeedsTemplate.definition, { visits_per_month: 101 }, { complete: false }))).toEqual(['answers.visits_per_month']);
  });

  it('rejects a bad e-mail address, unknown questions and unknown matrix columns', () => {
    expect(validateAnswers(nps, { nps: 9, contact_ok: true, email: 'geen-adres' }, { complete: false }).problems).toEqual([{ field: 'answers.email', reason: 'must be an e-mail address' }]);
    expect(validateAnswers(nps, { nps: 9, sneaky: 1 }, { complete: false }).problems).toEqual([{ field: 'answers.sneaky', reason: 'is not a question of this survey version' }]);
    const h = housingPreferencesTemplate.definition;
    expect(fields(validateAnswers(h, { importance: { parking: 4 } }, { complete: false }))).toEqual(['answers.importance']);
    expect(fields(validateAnswers(h, { importance: { pool: 1 } }, { complete: false }))).toEqual(['answers.importance']);
    expect(validateAnswers(h, { importance: { parking: 3, energy: 1 } }, { complete: false }).problems).toEqual([]);
  });

  it('checks ranking items and the maximum number of choices', () => {
    const needs = customerNeedsTemplate.definition;
    expect(validateAnswers(needs, { priorities: ['quality', 'price', 'service', 'speed', 'sustainable'] }, { complete: false }).problems).toEqual([]);
    expect(fields(validateAnswers(needs, { priorities: ['quality', 'quality'] }, { complete: false }))).toEqual(['answers.priorities']);
    const co = SURVEY_TEMPLATES.find((t) => t.name === 'co-creation')!.definition;
    expect(validateAnswers(co, { favourites: ['idea_a', 'idea_b', 'idea_c', 'idea_d'] }, { complete: false }).problems).toEqual([
      { field: 'answers.favourites', reason: 'at most 3 options may be chosen' },
    ]);
  });
});

describe('checkSurveyDefinition', () => {
  it('accepts every template', () => {
    for (const t of SURVEY_TEMPLATES) expect(checkSurveyDefinition(t.definition), t.name).toEqual([]);
  });

  it('rejects unsupported types, duplicate names, bad conditions and references to later questions', () => {
    const problems = checkSurveyDefinition({
      pages: [
        {
          elements: [
            { type: 'html', name: 'intro', html: '<script>x</script>' },
            { type: 'text', name: 'a', visibleIf: '{b} = 1' },
            { type: 'text', name: 'b' },
            { type: 'text', name: 'b' },
            { type: 'radiogroup', name: 'c', choices: [] },
            { type: 'text', name: 'd', visibleIf: '{a} = = (' },
          ],
        },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'definition.pages.0.elements.0.type',
      'definition.pages.0.elements.1.visibleIf',
      'definition.pages.0.elements.3.name',
      'definition.pages.0.elements.4.choices',
      'definition.pages.0.elements.5.visibleIf',
    ]);
  });
});

describe('show-if conditions, remembered by the values they read', () => {
  it('gives the same result as survey-core for every value, whatever the case of the name', () => {
    const expressions = ['{NPS} <= 6', '{nps} >= 9 and {freq} = "weekly"', '{nps} empty', '{tags} contains "a"', '{a.b} = 1', '{nps} = = ('];
    const answerSets: Record<string, unknown>[] = [
      {},
      { nps: null },
      ...Array.from({ length: 11 }, (_, nps) => ({ nps, freq: nps % 2 ? 'weekly' : 'monthly' })),
      { Nps: 3 },
      { tags: ['a', 'b'] },
      { tags: ['b'] },
      { a: { b: 1 } },
      { a: { b: 2 } },
    ];
    // Twice over, so that the second round answers from what the first remembered.
    for (let round = 0; round < 2; round++) {
      for (const expression of expressions) {
        for (const values of answerSets) {
          let expected: boolean;
          try {
            expected = new ConditionRunner(expression).runValues(values) === true;
          } catch {
            expected = false;
          }
          expect(evaluateCondition(expression, values), `${expression} with ${JSON.stringify(values)}`).toBe(expected);
        }
      }
    }
  });

  it('never remembers a condition that calls a function (today() changes by itself)', () => {
    let open = true;
    FunctionFactory.Instance.register('kbTestIsOpen', () => open);
    try {
      expect(evaluateCondition('kbTestIsOpen() = true and {nps} > 1', { nps: 5 })).toBe(true);
      open = false;
      expect(evaluateCondition('kbTestIsOpen() = true and {nps} > 1', { nps: 5 })).toBe(false);
    } finally {
      FunctionFactory.Instance.unregister('kbTestIsOpen');
    }
  });
});
