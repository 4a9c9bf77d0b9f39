import { describe, expect, it } from 'vitest';
import { ConditionRunner } from 'survey-core';
import { addPage, addQuestion, duplicateQuestion, moveQuestion, newQuestion, parseShowIf, showIfExpression, deleteQuestion, NEW_QUESTION_KINDS } from './definition-editing.ts';
import { checkSurveyDefinition } from '../../../../domain/surveys/check-survey-definition.ts';
import { listQuestions } from '../../../../domain/surveys/survey-questions.ts';

const base = () => ({ pages: [{ name: 'page1', elements: [newQuestion('single', 'q1'), newQuestion('nps', 'q2')] }] });

describe('builder edits', () => {
  it('every new question kind saves and maps to its type', () => {
    let def: Record<string, unknown> = { pages: [{ name: 'page1', elements: [] }] };
    NEW_QUESTION_KINDS.forEach((k, i) => (def = addQuestion(def, newQuestion(k, `q${i + 1}`)).def));
    expect(checkSurveyDefinition(def)).toEqual([]);
    expect(listQuestions(def).map((q) => q.type)).toEqual(['single', 'multi', 'dropdown', 'boolean', 'rating', 'rating', 'nps', 'matrix', 'ranking', 'number', 'text', 'comment', 'email']);
  });

  it('moves across pages, duplicates with a fresh name, deletes, without touching the input', () => {
    const def = addPage(base());
    const frozen = JSON.stringify(def);
    const down = moveQuestion(def, { page: 0, index: 1 }, 1);
    expect(down.pos).toEqual({ page: 1, index: 0 });
    expect(JSON.stringify(def)).toBe(frozen);
    const copy = duplicateQuestion(down.def, { page: 0, index: 0 });
    expect((copy.def.pages as { elements: { name: string }[] }[])[0].elements.map((e) => e.name)).toEqual(['q1', 'q3']);
    const gone = deleteQuestion(copy.def, { page: 0, index: 0 });
    expect(listQuestions(gone).map((q) => q.name)).toEqual(['q3', 'q2']);
  });

  it('writes show-if conditions survey-core evaluates, and reads them back', () => {
    const cases = [
      { question: 'q1', operator: 'eq' as const, value: "it's" },
      { question: 'q2', operator: 'le' as const, value: '6' },
      { question: 'q3', operator: 'contains' as const, value: 'a' },
      { question: 'q4', operator: 'notempty' as const, value: '' },
    ];
    for (const c of cases) expect(parseShowIf(showIfExpression(c))).toEqual(c);
    expect(new ConditionRunner(showIfExpression(cases[0])).runValues({ q1: "it's" })).toBe(true);
    expect(new ConditionRunner(showIfExpression(cases[1])).runValues({ q2: 7 })).toBe(false);
    expect(parseShowIf('{a} = 1 and {b} = 2')).toBeUndefined();
  });
});
