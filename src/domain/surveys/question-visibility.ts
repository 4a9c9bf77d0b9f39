import { ConditionRunner } from 'survey-core';
import type { SurveyQuestion } from './survey-questions.ts';

// survey-core's condition engine is pure JavaScript and runs under Node (unlike some question types,
// it never touches `document`), so "show if" logic is evaluated exactly as the respondent's browser does.
const runners = new Map<string, ConditionRunner>();

function runner(expression: string): ConditionRunner {
  let r = runners.get(expression);
  if (!r) {
    r = new ConditionRunner(expression);
    if (runners.size > 5000) runners.clear();
    runners.set(expression, r);
  }
  return r;
}

/** True when survey-core can parse the condition. */
export function isValidCondition(expression: string): boolean {
  try {
    const r = new ConditionRunner(expression);
    return r.canRun() && r.getVariables().length > 0;
  } catch {
    return false;
  }
}

/** The question names a condition refers to ({q} or {q.row}). */
export function conditionVariables(expression: string): string[] {
  try {
    return runner(expression).getVariables().map((v) => v.split(/[.[]/)[0]);
  } catch {
    return [];
  }
}

/** Evaluates a SurveyJS condition against answers; an unparsable condition counts as false. */
export function evaluateCondition(expression: string, values: Record<string, unknown>): boolean {
  try {
    return runner(expression).runValues(values) === true;
  } catch {
    return false;
  }
}

/**
 * Which questions are visible for these answers. Walks in survey order and evaluates each condition
 * only on answers to questions that are themselves visible, so a chain of hidden questions stays hidden
 * (as SurveyJS does when it clears hidden values).
 */
export function visibleQuestions(questions: SurveyQuestion[], answers: Record<string, unknown>): Set<string> {
  const visible = new Set<string>();
  const seen: Record<string, unknown> = {};
  for (const q of questions) {
    const shown = (!q.pageVisibleIf || evaluateCondition(q.pageVisibleIf, seen)) && (!q.visibleIf || evaluateCondition(q.visibleIf, seen));
    if (shown) {
      visible.add(q.name);
      if (answers[q.name] !== undefined) seen[q.name] = answers[q.name];
    }
  }
  return visible;
}
