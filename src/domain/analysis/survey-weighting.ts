import { rake, type WeightingResult } from '../../analysis/weighting.ts';
import type { Db } from '../../db/database.ts';
import type { WeightingInEffect, WeightingReport, WeightingSetup } from '../../shared/analysis.ts';
import { countAnswerCombinations, type AnswerCombination } from './analysis-responses.repository.ts';
import { findWeightingSetup } from './weighting.repository.ts';

/** Most respondents raked one by one (needed for trimming); without trimming raking works on cells and has no cap. */
export const MAX_TRIMMED_WEIGHTING = 200_000;

/** Respondent weights of a survey: every respondent in one weighting cell (combination of answers) weighs the same. */
export interface SurveyWeighting {
  /** The weighting questions, in the order of a cell's values. */
  questions: string[];
  /** Weight of a respondent with these answers to the weighting questions (1 when unmatched). */
  weightOf(cell: readonly (string | null)[]): number;
  inEffect: WeightingInEffect;
  result: NonNullable<WeightingReport['result']>;
}

const cellKey = (values: readonly (string | null)[]) => JSON.stringify(values);

/**
 * Rakes the survey's respondents to the population margins of `setup` with src/analysis rake. Respondents are
 * grouped into cells (one per combination of answers to the weighting questions): without trimming, raking runs
 * on the cells with their counts as base weights, which gives every respondent of a cell the same weight as
 * raking them one by one; with trimming (bounds apply per respondent) it runs on the respondents themselves, up
 * to MAX_TRIMMED_WEIGHTING. Respondents with a missing answer or an answer without a target keep weight 1.
 * Throws an Error with a readable reason when the margins cannot be met (see checkMargins).
 */
export function weightCells(cells: readonly AnswerCombination[], setup: WeightingSetup): SurveyWeighting {
  const questions = Object.keys(setup.margins);
  const margins = Object.fromEntries(questions.map((q) => [q, Object.fromEntries(Object.entries(setup.margins[q]).map(([v, pct]) => [v, pct / 100]))]));
  const matched = cells.filter((c) => c.count > 0 && c.values.every((v, i) => v !== null && v.trim() !== '' && margins[questions[i]][v] !== undefined));
  const unmatched = cells.reduce((s, c) => s + c.count, 0) - matched.reduce((s, c) => s + c.count, 0);
  const n = matched.reduce((s, c) => s + c.count, 0);
  if (n === 0) throw new Error('no respondent answered every weighting question with an answer that has a target');
  let perRespondent: number[];
  let result: WeightingResult;
  if (setup.trim) {
    if (n > MAX_TRIMMED_WEIGHTING) throw new Error(`trimming works on up to ${MAX_TRIMMED_WEIGHTING} responses (this survey has ${n}); remove the trim bounds`);
    const respondents = Object.fromEntries(questions.map((q, i) => [q, matched.flatMap((c) => new Array<string>(c.count).fill(c.values[i]!))]));
    result = rake(respondents, margins, { trim: setup.trim });
    let at = 0;
    perRespondent = matched.map((c) => {
      const w = result.weights[at];
      at += c.count;
      return w;
    });
  } else {
    const respondents = Object.fromEntries(questions.map((q, i) => [q, matched.map((c) => c.values[i]!)]));
    result = rake(respondents, margins, { baseWeights: matched.map((c) => c.count) });
    const total = result.weights.reduce((a, b) => a + b, 0);
    perRespondent = matched.map((c, k) => (result.weights[k] / c.count) * (n / total));
  }
  const weights = new Map(matched.map((c, k) => [cellKey(c.values), perRespondent[k]]));
  let sw = unmatched;
  let sw2 = unmatched;
  let minWeight = unmatched > 0 ? 1 : Infinity;
  let maxWeight = unmatched > 0 ? 1 : -Infinity;
  matched.forEach((c, k) => {
    sw += c.count * perRespondent[k];
    sw2 += c.count * perRespondent[k] ** 2;
    minWeight = Math.min(minWeight, perRespondent[k]);
    maxWeight = Math.max(maxWeight, perRespondent[k]);
  });
  const all = n + unmatched;
  const effectiveN = (sw * sw) / sw2;
  const marginRows = questions.flatMap((q, i) =>
    Object.keys(margins[q]).map((value) => {
      let sample = 0;
      let weighted = 0;
      matched.forEach((c, k) => {
        if (c.values[i] === value) {
          sample += c.count;
          weighted += c.count * perRespondent[k];
        }
      });
      const targetTotal = Object.values(margins[q]).reduce((a, b) => a + b, 0);
      return { question: q, value, sample: sample / n, weighted: weighted / n, target: margins[q][value] / targetTotal };
    }),
  );
  const inEffect = { designEffect: all / effectiveN, effectiveN, minWeight, maxWeight, unmatched };
  return {
    questions,
    weightOf: (cell) => weights.get(cellKey(cell)) ?? 1,
    inEffect,
    result: {
      n: all, ...inEffect,
      trimmed: setup.trim ? result.trimmed : 0,
      converged: result.converged,
      iterations: result.iterations,
      maxMarginError: result.maxMarginError,
      margins: marginRows,
    },
  };
}

/**
 * The survey's weighting over all its complete responses (weights are computed once on the whole sample and
 * then used by every filtered view), or null without a setup; `problem` says why a setup could not be applied.
 */
export async function loadSurveyWeighting(db: Db, workspaceId: string, surveyId: string): Promise<{ setup: WeightingSetup | null; weighting: SurveyWeighting | null; problem: string | null }> {
  const setup = await findWeightingSetup(db, workspaceId, surveyId);
  if (!setup) return { setup: null, weighting: null, problem: null };
  const cells = await countAnswerCombinations(db, { workspaceId, surveyId }, Object.keys(setup.margins));
  try {
    return { setup, weighting: weightCells(cells, setup), problem: null };
  } catch (e) {
    return { setup, weighting: null, problem: (e as Error).message };
  }
}

/** The weighting page of a survey: its setup, the effect on the complete responses, and the questions it can use. */
export async function weightingReport(db: Db, workspaceId: string, surveyId: string, candidates: WeightingReport['candidates']): Promise<WeightingReport> {
  const { setup, weighting, problem } = await loadSurveyWeighting(db, workspaceId, surveyId);
  return { setup, result: weighting?.result ?? null, problem, candidates };
}
