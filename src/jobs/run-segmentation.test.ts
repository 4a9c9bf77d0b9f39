import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeResponses, encodeCategoricalResponses } from '../analysis/lca.ts';
import { createRandom } from '../analysis/random.ts';
import { runSegmentation } from './run-segmentation.ts';

function carcinoma() {
  const lines = readFileSync(path.resolve(process.cwd(), '../shared/data/lca/carcinoma.csv'), 'utf8').trim().split(/\r?\n/);
  const rows = lines.slice(1).map((l) => l.split(','));
  return completeResponses(encodeCategoricalResponses('ABCDEFG'.split('').map((name, j) => ({ name, values: rows.map((r) => r[j]) })))).responses;
}

describe('runSegmentation (worker thread)', () => {
  it('fits in a worker, reports rising progress and returns the models (carcinoma 3 classes -293.705, poLCA man/carcinoma.Rd)', async () => {
    const progress: number[] = [];
    const result = await runSegmentation(
      { responses: carcinoma(), classes: [1, 2, 3], options: { starts: 5, seed: 1 } },
      { onProgress: (f) => progress.push(f) },
    );
    expect(result.models.map((m) => m.classes)).toEqual([1, 2, 3]);
    expect(Math.abs(result.models[2].loglik - -293.705)).toBeLessThan(0.01);
    expect(result.models[2].posterior).toBeInstanceOf(Float64Array);
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(progress.at(-1)).toBe(1);
  });

  it('cancels a long fit: the worker is terminated and the promise rejects with an AbortError', async () => {
    const rng = createRandom(3);
    const rows = 60_000;
    const items = 15;
    const codes = new Int32Array(rows * items);
    for (let i = 0; i < codes.length; i++) codes[i] = rng.int(4);
    const names = Array.from({ length: items }, (_, j) => `Q${j}`);
    const responses = { items: names, categories: names.map(() => ['1', '2', '3', '4']), rows, codes };
    const controller = new AbortController();
    let seen = 0;
    const run = runSegmentation(
      { responses, classes: [2, 3, 4, 5, 6, 7, 8], options: { starts: 20, tolerance: 1e-14, maxIterations: 100_000 } },
      {
        signal: controller.signal,
        onProgress: () => {
          if (++seen === 2) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBeGreaterThanOrEqual(2);
  });

  it('rejects at once when the signal is already aborted, and passes analysis errors on', async () => {
    await expect(runSegmentation({ responses: carcinoma(), classes: [2] }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(runSegmentation({ responses: carcinoma(), classes: [500] })).rejects.toThrow(/fitLatentClassModel requires/);
  });
});
