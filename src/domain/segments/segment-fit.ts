import { assignSegments, fitLatentClassModel, type LatentClassModel } from '../../analysis/lca.ts';
import type { CategoricalResponses } from '../../analysis/lca-responses.ts';
import type { MixedData } from '../../analysis/mixture.ts';
import type { MixtureSegmentationModel } from '../../jobs/run-segmentation.ts';
import type { SegmentModel } from './segment-profile.ts';

export interface SegmentFitRequest {
  responses: CategoricalResponses;
  /** Numbers of classes to fit, e.g. [1..8]. */
  ks: number[];
  starts: number;
  seed: number;
}

/** A run with some items as numbers: the Gaussian/categorical mixture (src/analysis/mixture.ts). */
export interface MixedSegmentFitRequest {
  data: MixedData;
  ks: number[];
  starts: number;
  seed: number;
}

export interface SegmentFit {
  model: SegmentModel;
  /** Modal class and its posterior per fitted row (-1 / NaN for rows without answers). */
  segment: Int32Array;
  probability: Float64Array;
}

export interface SegmentFitOptions {
  onProgress?: (fraction: number, message: string) => void;
  signal?: AbortSignal;
}

/** Thrown when a fit is cancelled through its AbortSignal. */
export class SegmentFitCancelled extends Error {
  constructor() {
    super('segmentation run cancelled');
    this.name = 'SegmentFitCancelled';
  }
}

export function toSegmentModel(m: LatentClassModel): SegmentModel {
  return {
    k: m.classes,
    loglik: m.loglik,
    bic: m.bic,
    aic: m.aic,
    entropy: m.entropy,
    npar: m.npar,
    converged: m.converged,
    shares: [...m.shares],
    items: [...m.items],
    categories: m.categories.map((c) => [...c]),
    probs: m.probs.map((j) => j.map((k) => [...k])),
  };
}

/** The parameters of a fitted mixture model as a SegmentModel (categorical part as in LCA, plus numeric). */
export function toMixedSegmentModel(m: MixtureSegmentationModel, data: MixedData): SegmentModel {
  return {
    k: m.classes,
    loglik: m.loglik,
    bic: m.bic,
    aic: m.aic,
    entropy: m.entropy,
    npar: m.npar,
    converged: m.converged,
    shares: [...m.shares],
    items: data.categorical ? [...data.categorical.items] : [],
    categories: data.categorical ? data.categorical.categories.map((c) => [...c]) : [],
    probs: m.probs.map((j) => j.map((k) => [...k])),
    numeric: data.numeric ? { items: [...data.numeric.names], means: m.means.map((c) => [...c]), variances: m.variances.map((c) => [...c]) } : undefined,
  };
}

/**
 * The modal class of each row of a rows × K posterior and its probability (-1 / NaN for rows
 * without values, whose posterior is NaN).
 */
export function modalSegments(posterior: Float64Array, K: number): { segment: Int32Array; probability: Float64Array } {
  const rows = posterior.length / K;
  const segment = new Int32Array(rows);
  const probability = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = -1;
    let p = -Infinity;
    for (let k = 0; k < K; k++) {
      const v = posterior[i * K + k];
      if (v > p) {
        p = v;
        best = k;
      }
    }
    segment[i] = best;
    probability[i] = best < 0 ? Number.NaN : p;
  }
  return { segment, probability };
}

/**
 * Fits latent class models for each K, one K at a time, giving the event loop a turn between the
 * numbers of classes (so progress is reported and a cancel request is seen between them).
 * Runs on the calling thread; `fitSegmentsInWorker` (segment-fit-worker.ts) runs the same in a worker.
 */
export async function fitSegmentsHere(request: SegmentFitRequest, options: SegmentFitOptions = {}): Promise<SegmentFit[]> {
  const ks = [...new Set(request.ks)].sort((a, b) => a - b);
  const total = ks.reduce((s, k) => s + k, 0);
  let done = 0;
  const fits: SegmentFit[] = [];
  for (const k of ks) {
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) throw new SegmentFitCancelled();
    const model = fitLatentClassModel(request.responses, k, {
      starts: request.starts,
      seed: request.seed * 31 + k,
      onProgress: (f, message) => options.onProgress?.((done + f * k) / total, message),
    });
    done += k;
    const { segment, probability } = assignSegments(model);
    fits.push({ model: toSegmentModel(model), segment, probability });
    options.onProgress?.(done / total, `${k} ${k === 1 ? 'class' : 'classes'} fitted`);
  }
  return fits;
}
