import { fitSegmentsHere, type SegmentFit, type SegmentFitOptions, type SegmentFitRequest } from './segment-fit.ts';

export { SegmentFitCancelled, type SegmentFit, type SegmentFitRequest } from './segment-fit.ts';

/**
 * Fits the segmentation models for a run. The run command calls only this, so where the fit runs
 * (this thread, or a worker thread) is decided here.
 */
export function fitSegments(request: SegmentFitRequest, options: SegmentFitOptions = {}): Promise<SegmentFit[]> {
  return fitSegmentsHere(request, options);
}
