/**
 * Worker-thread entry for segmentation runs (started by run-segmentation.ts). Reads the input from
 * workerData, fits the latent class models, posts progress messages and then the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compareLatentClassModels } from '../analysis/lca.ts';
import type { SegmentationInput, SegmentationMessage } from './run-segmentation.ts';

const input = workerData as SegmentationInput;
const post = (m: SegmentationMessage) => parentPort!.postMessage(m);
let lastReported = -1;
try {
  const result = compareLatentClassModels(input.responses, input.classes, {
    ...input.options,
    onProgress(fraction, message) {
      // Throttle to whole percents so the main thread is not flooded.
      const pct = Math.floor(fraction * 100);
      if (pct === lastReported) return;
      lastReported = pct;
      post({ type: 'progress', fraction, message });
    },
  });
  post({ type: 'result', result });
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}
