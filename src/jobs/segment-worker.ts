/**
 * Worker-thread entry for segmentation runs (started by run-segmentation.ts). Reads the input from
 * workerData, fits the latent class models (or, for `model: 'mixture'`, the Gaussian/categorical
 * mixture models), posts progress messages and then the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compareLatentClassModels } from '../analysis/lca.ts';
import { fitMixtureModel, type MixtureModel } from '../analysis/mixture.ts';
import type {
  MixtureSegmentationInput,
  MixtureSegmentationModel,
  MixtureSegmentationResult,
  SegmentationInput,
  SegmentationMessage,
  SegmentWorkerInput,
} from './run-segmentation.ts';

const input = workerData as SegmentWorkerInput;
const post = (m: SegmentationMessage) => parentPort!.postMessage(m);
let lastReported = -1;
const onProgress = (fraction: number, message: string) => {
  // Throttle to whole percents so the main thread is not flooded.
  const pct = Math.floor(fraction * 100);
  if (pct === lastReported) return;
  lastReported = pct;
  post({ type: 'progress', fraction, message });
};
try {
  if ('model' in input && input.model === 'mixture') {
    post({ type: 'mixture', result: compareMixtures(input) });
  } else {
    const lca = input as SegmentationInput;
    post({ type: 'result', result: compareLatentClassModels(lca.responses, lca.classes, { ...lca.options, onProgress }) });
  }
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}

/**
 * fitMixtureModel for each K, one random start at a time (start s of K from seed·1000 + 37·K + s), the
 * best start by log-likelihood kept; progress after every start, weighted by K.
 */
function compareMixtures(run: MixtureSegmentationInput): MixtureSegmentationResult {
  const { starts: startCount = 10, seed = 1, criterion = 'bic', ...fitOptions } = run.options ?? {};
  const ks = [...new Set(run.classes)].sort((a, b) => a - b);
  if (ks.length === 0) throw new Error('compareMixtureModels requires at least 1 number of classes');
  const startsOf = (k: number) => (k === 1 ? 1 : Math.max(1, startCount));
  const total = ks.reduce((s, k) => s + k * startsOf(k), 0);
  let done = 0;
  const models = ks.map((k) => {
    let best: MixtureModel | null = null;
    for (let s = 0; s < startsOf(k); s++) {
      const m = fitMixtureModel(run.data, k, { ...fitOptions, starts: 1, seed: seed * 1000 + 37 * k + s });
      if (!best || m.loglik > best.loglik) best = m;
      done += k;
      onProgress(done / total, `${k} ${k === 1 ? 'class' : 'classes'}: start ${s + 1} of ${startsOf(k)}`);
    }
    return withEntropy(best!);
  });
  const best = models.reduce((a, b) => (b[criterion] < a[criterion] ? b : a));
  return { models, best: best.classes, criterion, noStructure: best.classes === 1 };
}

/** Relative entropy 1 - Σ -p·ln p / (n ln K) of the posterior (Ramaswamy et al. 1993), as lca.ts reports it. */
function withEntropy(m: MixtureModel): MixtureSegmentationModel {
  const K = m.classes;
  if (K === 1) return { ...m, entropy: null };
  let sum = 0;
  let n = 0;
  for (let i = 0; i < m.posterior.length / K; i++) {
    if (Number.isNaN(m.posterior[i * K])) continue;
    n++;
    for (let k = 0; k < K; k++) {
      const p = m.posterior[i * K + k];
      if (p > 0) sum -= p * Math.log(p);
    }
  }
  return { ...m, entropy: n > 0 ? 1 - sum / (n * Math.log(K)) : null };
}
