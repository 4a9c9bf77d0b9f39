import { ConditionRunner, FunctionFactory } from 'survey-core';
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

/**
 * Results of a condition by the values of the answers it reads, for conditions whose result depends on
 * nothing else: on the public submit route the same few conditions ("{nps} <= 6") meet the same few
 * values over and over, and survey-core's evaluation costs far more than a lookup.
 */
interface Memo {
  /** The answers (top-level question names, lower case) the condition reads. */
  names: Set<string>;
  results: Map<string, boolean>;
}
const memos = new Map<string, Memo | null>();
const MEMO_RESULTS = 256;
const MEMO_KEY_LENGTH = 200;

/** Null when the condition calls a function (today(), age(), a custom one ...): those may depend on more than the answers. */
function memoFor(expression: string): Memo | null {
  let memo = memos.get(expression);
  if (memo !== undefined) return memo;
  const callsFunction = [...expression.matchAll(/([A-Za-z_]\w*)\s*\(/g)].some((m) => FunctionFactory.Instance.hasFunction(m[1]));
  memo = callsFunction ? null : { names: new Set(conditionVariables(expression).map((n) => n.toLowerCase())), results: new Map() };
  if (memos.size > 5000) memos.clear();
  memos.set(expression, memo);
  return memo;
}

/**
 * The values a condition reads, as text. survey-core matches names case-insensitively ({NPS} reads `nps`),
 * so every answer whose name matches ignoring case is part of the key, named.
 */
function memoKey(names: Set<string>, values: Record<string, unknown>): string {
  const read: [string, unknown][] = [];
  for (const key in values) {
    if (names.has(key.toLowerCase())) read.push([key, values[key] === undefined ? null : values[key]]);
  }
  return JSON.stringify(read);
}

function evaluate(expression: string, values: Record<string, unknown>): boolean {
  try {
    return runner(expression).runValues(values) === true;
  } catch {
    return false;
  }
}

/** Evaluates a SurveyJS condition against answers; an unparsable condition counts as false. */
export function evaluateCondition(expression: string, values: Record<string, unknown>): boolean {
  const memo = memoFor(expression);
  if (!memo) return evaluate(expression, values);
  const key = memoKey(memo.names, values);
  if (key.length > MEMO_KEY_LENGTH) return evaluate(expression, values);
  const known = memo.results.get(key);
  if (known !== undefined) return known;
  const result = evaluate(expression, values);
  if (memo.results.size >= MEMO_RESULTS) memo.results.clear();
  memo.results.set(key, result);
  return result;
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
