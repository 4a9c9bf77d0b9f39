import { encodeCategoricalResponses } from '../../analysis/lca-responses.ts';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { MixedData } from '../../analysis/mixture.ts';
import type { SegmentationRunResult, SegmentItem, SegmentMeasure } from '../../shared/segments.ts';
import { fitMixedSegments, fitSegments, SegmentFitCancelled, type SegmentFit } from './segment-fit-runner.ts';
import { segmentCards, type SegmentModel } from './segment-profile.ts';
import { segmentColumns, segmentItems, segmentNumbers } from './segment-items.ts';
import { completeSurveyResponses, loadSegmentSurvey } from './segment-survey.repository.ts';
import { getSegmentationRun, insertSegmentationRun, updateRunningRun } from './segmentation-run.repository.ts';

export interface StartSegmentationRunProps {
  workspaceId: string;
  surveyId: string;
  items: string[];
  userId: string | null;
  maxK?: number;
  starts?: number;
  seed?: number;
  /** Per item key: as categories or as a number (default the item's defaultMeasure). */
  measures?: Record<string, SegmentMeasure>;
}

/** The stored result: what the API shows plus the fitted model parameters needed to save a segmentation. */
export interface StoredRunResult extends SegmentationRunResult {
  fits: SegmentModel[];
}

interface ActiveRun {
  controller: AbortController;
  done: Promise<void>;
}

// Runs of this process, per database, so cancel can abort the fit and shutdown can wait for it.
const active = new WeakMap<Db, Map<string, ActiveRun>>();

function activeRuns(db: Db): Map<string, ActiveRun> {
  let runs = active.get(db);
  if (!runs) active.set(db, (runs = new Map()));
  return runs;
}

/** Progress is written at most this often (and on every whole tenth). */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Starts a segmentation run: checks the survey and the items, records the run and fits latent class
 * models for K = 1..maxK in the background (a worker thread), writing progress to segmentation_runs.
 * When any item is used as a number the run fits Gaussian/categorical mixture models instead
 * (categorical items as in LCA, number items as a Gaussian per class). Returns the run id at once;
 * poll getSegmentationRun for progress and the result.
 */
export async function startSegmentationRun(db: Db, props: StartSegmentationRunProps): Promise<string> {
  const survey = await loadSegmentSurvey(db, props.workspaceId, props.surveyId);
  const responses = await completeSurveyResponses(db, props.workspaceId, props.surveyId);
  const items = [...new Set(props.items)];
  const available = new Map(segmentItems(survey.questions, responses.map((r) => r.answers)).map((i) => [i.key, i]));
  const details = items.flatMap((key, i) => {
    const item = available.get(key);
    if (!item) return [{ field: `body.items.${i}`, reason: `"${key}" is not a categorical question of this survey` }];
    if (item.answered === 0) return [{ field: `body.items.${i}`, reason: `"${key}" has no answers yet` }];
    const measure = props.measures?.[key];
    if (measure && !item.measures.includes(measure)) return [{ field: `body.measures.${key}`, reason: `"${key}" can only be used as categories` }];
    return [];
  });
  for (const key of Object.keys(props.measures ?? {})) {
    if (!items.includes(key)) details.push({ field: `body.measures.${key}`, reason: `"${key}" is not one of the items` });
  }
  if (details.length > 0) throw errors.validation(details);
  if (responses.length < 2) throw errors.unprocessable('TOO_FEW_RESPONSES', 'Segments need at least 2 complete responses.');
  const maxK = Math.min(props.maxK ?? 8, responses.length);
  const chosen = items.map((k) => available.get(k)!);
  const numeric = chosen.filter((i) => (props.measures?.[i.key] ?? i.defaultMeasure) === 'number').map((i) => i.key);
  const categorical = items.filter((k) => !numeric.includes(k));
  const answers = responses.map((r) => r.answers);

  const runId = await insertSegmentationRun(db, { workspaceId: props.workspaceId, surveyId: props.surveyId, items, userId: props.userId });
  const controller = new AbortController();
  const runs = activeRuns(db);
  const done = fitAndStore(db, runId, {
    columns: segmentColumns(survey.questions, categorical, answers),
    numbers: segmentNumbers(survey.questions, numeric, answers),
    items: chosen,
    maxK,
    starts: props.starts ?? 10,
    seed: props.seed ?? 1,
    signal: controller.signal,
  }).finally(() => runs.delete(runId));
  runs.set(runId, { controller, done });
  return runId;
}

async function fitAndStore(
  db: Db,
  runId: string,
  input: {
    columns: ReturnType<typeof segmentColumns>;
    numbers: ReturnType<typeof segmentNumbers>;
    items: SegmentItem[];
    maxK: number;
    starts: number;
    seed: number;
    signal: AbortSignal;
  },
): Promise<void> {
  let lastWrite = 0;
  let lastTenth = -1;
  let writing: Promise<unknown> = Promise.resolve();
  const onProgress = (fraction: number, message: string) => {
    const now = Date.now();
    const tenth = Math.floor(fraction * 10);
    if (now - lastWrite < PROGRESS_INTERVAL_MS && tenth === lastTenth) return;
    lastWrite = now;
    lastTenth = tenth;
    writing = writing.then(() => updateRunningRun(db, runId, { progress: Math.min(0.99, fraction), message })).catch(() => {});
  };
  try {
    const ks = Array.from({ length: input.maxK }, (_, i) => i + 1);
    const fits =
      input.numbers.length === 0
        ? await fitSegments({ responses: encodeCategoricalResponses(input.columns), ks, starts: input.starts, seed: input.seed }, { onProgress, signal: input.signal })
        : await fitMixedSegments({ data: mixedData(input.columns, input.numbers), ks, starts: input.starts, seed: input.seed }, { onProgress, signal: input.signal });
    await writing;
    await updateRunningRun(db, runId, { status: 'done', progress: 1, message: 'done', result: runResult(fits, input.items) as unknown as Record<string, unknown> });
  } catch (err) {
    await writing;
    if (err instanceof SegmentFitCancelled || input.signal.aborted) {
      await updateRunningRun(db, runId, { status: 'cancelled', message: 'cancelled' }).catch(() => {});
    } else {
      await updateRunningRun(db, runId, { status: 'failed', message: 'failed', error: (err as Error).message.slice(0, 500) }).catch(() => {});
    }
  }
}

/**
 * The mixture model's input: the categorical items coded as for LCA, the numbers row-major with NaN
 * for missing and their ties spread (spreadTies), so that Gaussians fitted to ratings cannot win BIC
 * with spikes on single scale points.
 */
export function mixedData(columns: ReturnType<typeof segmentColumns>, numbers: ReturnType<typeof segmentNumbers>): MixedData {
  const rows = numbers[0]?.values.length ?? 0;
  const P = numbers.length;
  const values = new Float64Array(rows * P);
  numbers.forEach((column, p) => spreadTies(column.values).forEach((x, i) => (values[i * P + p] = x)));
  return { ...(columns.length > 0 ? { categorical: encodeCategoricalResponses(columns) } : {}), numeric: { names: numbers.map((c) => c.name), values } };
}

/**
 * Spreads tied values evenly over one scale step: the respondents who gave value v (of m) get
 * v + step·((r + 0.5)/m − 0.5) for r = 0..m−1, in a fixed scrambled row order, where step is the
 * smallest gap between the distinct values. Means per value stay exactly the same. Without this, a
 * Gaussian on a 0–10 rating can put a class on one scale point with a variance near zero and a
 * density far above 1, which no real difference between respondents justifies (the discrete
 * likelihood of a scale point is at most 1): BIC then prefers ever more classes. Values without ties
 * (a continuous number) are returned unchanged; null becomes NaN.
 */
export function spreadTies(values: readonly (number | null)[]): Float64Array {
  const out = Float64Array.from(values, (x) => (x === null ? Number.NaN : x));
  const distinct = [...new Set(values.filter((x): x is number => x !== null))].sort((a, b) => a - b);
  if (distinct.length < 2) return out;
  let step = Infinity;
  for (let d = 1; d < distinct.length; d++) step = Math.min(step, distinct[d] - distinct[d - 1]);
  const rowsOf = new Map<number, number[]>();
  values.forEach((x, i) => {
    if (x !== null) rowsOf.set(x, [...(rowsOf.get(x) ?? []), i]);
  });
  // Scramble the row order by a multiplicative hash so the spread is unrelated to when people answered.
  const scramble = (i: number) => Math.imul(i + 1, 2654435761) >>> 0;
  for (const [v, rows] of rowsOf) {
    if (rows.length < 2) continue;
    rows.sort((a, b) => scramble(a) - scramble(b));
    rows.forEach((i, r) => (out[i] = v + step * ((r + 0.5) / rows.length - 0.5)));
  }
  return out;
}

/** Chooses the best K by BIC and presents every fitted model as cards. */
export function runResult(fits: readonly SegmentFit[], items: readonly SegmentItem[]): StoredRunResult {
  const best = fits.reduce((a, b) => (b.model.bic < a.model.bic ? b : a));
  const n = fits.length > 0 ? Array.from(fits[0].segment).filter((s) => s >= 0).length : 0;
  return {
    n,
    items: [...items],
    best: best.model.k,
    criterion: 'bic',
    noStructure: best.model.k === 1,
    model: fits[0]?.model.numeric ? 'mixture' : 'lca',
    numeric: fits[0]?.model.numeric?.items ?? [],
    models: fits.map((f) => ({
      k: f.model.k,
      loglik: f.model.loglik,
      bic: f.model.bic,
      aic: f.model.aic,
      entropy: f.model.entropy,
      npar: f.model.npar,
      converged: f.model.converged,
      segments: segmentCards(f.model, items, f),
    })),
    fits: fits.map((f) => f.model),
  };
}

/**
 * Cancels a running run: marks it cancelled and aborts its fit (the worker is terminated).
 * Returns the run's status afterwards; 404 when the run is not in this workspace.
 */
export async function cancelSegmentationRun(db: Db, workspaceId: string, runId: string): Promise<string> {
  const run = await getSegmentationRun(db, workspaceId, runId);
  if (!run) throw errors.notFound('Segmentation run');
  if (run.status !== 'running') return run.status;
  await updateRunningRun(db, runId, { status: 'cancelled', message: 'cancelled' });
  const entry = activeRuns(db).get(runId);
  entry?.controller.abort();
  await entry?.done;
  return 'cancelled';
}

/**
 * A run as stored, with a run that says "running" but has no fit in this process (the server
 * restarted during the fit) marked failed, so the page stops waiting for it.
 */
export async function loadSegmentationRun(db: Db, workspaceId: string, runId: string) {
  const run = await getSegmentationRun(db, workspaceId, runId);
  if (!run) throw errors.notFound('Segmentation run');
  if (run.status === 'running' && !activeRuns(db).has(runId)) {
    await updateRunningRun(db, runId, { status: 'failed', message: 'failed', error: 'interrupted: the server stopped during the run; start it again' });
    return (await getSegmentationRun(db, workspaceId, runId))!;
  }
  return run;
}

/** Waits for a run of this process to finish (tests, shutdown). */
export async function settleSegmentationRun(db: Db, runId: string): Promise<void> {
  await activeRuns(db).get(runId)?.done;
}

/** Aborts every run of this process on this database and waits for them (on shutdown). */
export async function stopSegmentationRuns(db: Db): Promise<void> {
  const runs = [...activeRuns(db).values()];
  for (const r of runs) r.controller.abort();
  await Promise.allSettled(runs.map((r) => r.done));
}
