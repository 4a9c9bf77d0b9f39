import { assignSegments } from '../../analysis/lca.ts';
import { runMixtureSegmentation, runSegmentation } from '../../jobs/run-segmentation.ts';
import {
  modalSegments,
  SegmentFitCancelled,
  toMixedSegmentModel,
  toSegmentModel,
  type MixedSegmentFitRequest,
  type SegmentFit,
  type SegmentFitOptions,
  type SegmentFitRequest,
} from './segment-fit.ts';

export { SegmentFitCancelled, type MixedSegmentFitRequest, type SegmentFit, type SegmentFitRequest } from './segment-fit.ts';

/**
 * Fits the segmentation models for a run in a worker thread (src/jobs/run-segmentation.ts), so a long
 * fit never blocks the server; aborting the signal terminates the worker and rejects with
 * SegmentFitCancelled. (fitSegmentsHere in segment-fit.ts does the same on the calling thread.)
 */
export async function fitSegments(request: SegmentFitRequest, options: SegmentFitOptions = {}): Promise<SegmentFit[]> {
  try {
    const comparison = await runSegmentation(
      { responses: request.responses, classes: request.ks, options: { starts: request.starts, seed: request.seed } },
      { onProgress: options.onProgress, signal: options.signal },
    );
    return comparison.models.map((m) => {
      const { segment, probability } = assignSegments(m);
      return { model: toSegmentModel(m), segment, probability };
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError' || options.signal?.aborted) throw new SegmentFitCancelled();
    throw err;
  }
}

/**
 * EM settings of mixture runs: plain EM (src/analysis/mixture.ts) on 0–10 ratings can creep on for
 * hundreds of iterations at a tolerance of 1e-8 while the log-likelihood moves by less than 0.01;
 * 1e-6 × |loglik| is far below what separates the BIC of two numbers of segments.
 */
const MIXTURE_TOLERANCE = 1e-6;
const MIXTURE_MAX_ITERATIONS = 500;

/**
 * Fits Gaussian/categorical mixture models (some items as numbers) for a run in the same worker
 * thread, with the same progress and cancellation (SegmentFitCancelled) as fitSegments.
 */
export async function fitMixedSegments(request: MixedSegmentFitRequest, options: SegmentFitOptions = {}): Promise<SegmentFit[]> {
  try {
    const comparison = await runMixtureSegmentation(
      { data: request.data, classes: request.ks, options: { starts: request.starts, seed: request.seed, tolerance: MIXTURE_TOLERANCE, maxIterations: MIXTURE_MAX_ITERATIONS } },
      { onProgress: options.onProgress, signal: options.signal },
    );
    return comparison.models.map((m) => ({ model: toMixedSegmentModel(m, request.data), ...modalSegments(m.posterior, m.classes) }));
  } catch (err) {
    if ((err as Error).name === 'AbortError' || options.signal?.aborted) throw new SegmentFitCancelled();
    throw err;
  }
}
