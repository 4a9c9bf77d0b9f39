/**
 * Runs a segmentation (latent class models, or Gaussian/categorical mixture models for mixed data, for
 * a range of K) in a worker thread, so long fits never block the server, with progress reports and
 * cancellation.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CategoricalResponses, LatentClassComparison, LatentClassOptions } from '../analysis/lca.ts';
import type { MixedData, MixtureModel, MixtureOptions } from '../analysis/mixture.ts';

export interface SegmentationInput {
  responses: CategoricalResponses;
  /** Numbers of classes to compare, e.g. [1, 2, 3, 4, 5, 6]. */
  classes: number[];
  options?: Pick<LatentClassOptions, 'starts' | 'seed' | 'maxIterations' | 'tolerance' | 'screenIterations' | 'finalists' | 'screenRows'> & {
    criterion?: 'bic' | 'aic';
  };
}

/** Input of a mixture run (some items as numbers): the worker fits fitMixtureModel for each K. */
export interface MixtureSegmentationInput {
  model: 'mixture';
  data: MixedData;
  /** Numbers of classes to compare, e.g. [1, 2, 3, 4, 5, 6]. */
  classes: number[];
  /** starts (default 10) are fitted one at a time from seeds derived from `seed`, so progress moves per start. */
  options?: Pick<MixtureOptions, 'starts' | 'seed' | 'maxIterations' | 'tolerance' | 'varianceFloor'> & { criterion?: 'bic' | 'aic' };
}

/** A fitted mixture model with the relative entropy of its classification (null for K = 1). */
export interface MixtureSegmentationModel extends MixtureModel {
  entropy: number | null;
}

export interface MixtureSegmentationResult {
  models: MixtureSegmentationModel[];
  best: number;
  criterion: 'bic' | 'aic';
  noStructure: boolean;
}

/** What the worker receives: a latent class run (no `model` field, as before) or a mixture run. */
export type SegmentWorkerInput = SegmentationInput | MixtureSegmentationInput;

export type SegmentationMessage =
  | { type: 'progress'; fraction: number; message: string }
  | { type: 'result'; result: LatentClassComparison }
  | { type: 'mixture'; result: MixtureSegmentationResult }
  | { type: 'error'; message: string };

export interface RunSegmentationOptions {
  onProgress?: (fraction: number, message: string) => void;
  signal?: AbortSignal;
}

/**
 * Fits the models in a node:worker_threads Worker running segment-worker.ts (TypeScript through the
 * tsx loader). Relays progress; on abort the worker is terminated and the promise rejects with a
 * DOMException named "AbortError". Errors of the fit (e.g. too few respondents) reject with an Error
 * carrying the analysis message.
 *
 * @example
 * const controller = new AbortController();
 * const result = await runSegmentation({ responses, classes: [1, 2, 3, 4] },
 *   { onProgress: (f, msg) => bar.update(f, msg), signal: controller.signal });
 */
export function runSegmentation(input: SegmentationInput, options: RunSegmentationOptions = {}): Promise<LatentClassComparison> {
  return runInWorker(input, 'result', options) as Promise<LatentClassComparison>;
}

/**
 * Fits Gaussian/categorical mixture models (src/analysis/mixture.ts) for each K in the same worker,
 * with the same progress, cancellation and error behaviour as runSegmentation. Progress moves per
 * random start (weighted by K); the best start by log-likelihood is kept per K, the best K by BIC
 * (or AIC), noStructure when K = 1 wins.
 *
 * @example
 * const cmp = await runMixtureSegmentation({ model: 'mixture', data: { categorical, numeric }, classes: [1, 2, 3] },
 *   { onProgress, signal });
 * cmp.best; cmp.models[1].means;
 */
export function runMixtureSegmentation(input: Omit<MixtureSegmentationInput, 'model'>, options: RunSegmentationOptions = {}): Promise<MixtureSegmentationResult> {
  return runInWorker({ ...input, model: 'mixture' }, 'mixture', options) as Promise<MixtureSegmentationResult>;
}

function runInWorker(input: SegmentWorkerInput, resultType: 'result' | 'mixture', options: RunSegmentationOptions): Promise<LatentClassComparison | MixtureSegmentationResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const worker = startWorker(input);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      finish(() => reject(abortError()));
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: SegmentationMessage) => {
      if (m.type === 'progress') onProgress?.(m.fraction, m.message);
      else if (m.type === resultType && (m.type === 'result' || m.type === 'mixture')) {
        onProgress?.(1, 'done');
        finish(() => resolve(m.result));
        void worker.terminate();
      } else finish(() => reject(new Error(m.type === 'error' ? m.message : `segmentation worker sent an unexpected ${m.type} message`)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`segmentation worker stopped (exit code ${code})`))));
  });
}

/**
 * Starts segment-worker.ts. Node 20 does not apply `execArgv: ['--import', 'tsx']` to worker threads
 * (the .ts entry then fails with "Unknown file extension"), so a tiny CommonJS bootstrap registers the
 * tsx ESM loader inside the worker and then imports the TypeScript entry. Works the same under
 * `npx tsx`, `node bin/...` and vitest.
 */
function startWorker(input: SegmentWorkerInput): Worker {
  const entry = new URL('./segment-worker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })
  .catch((err) => { require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String(err && err.message || err) }); });`;
  return new Worker(bootstrap, { eval: true, workerData: input });
}

function abortError(): Error {
  return new DOMException('The segmentation was cancelled', 'AbortError');
}
