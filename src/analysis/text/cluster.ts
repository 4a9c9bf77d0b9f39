/**
 * Spherical k-means for TF-IDF vectors of open answers: clusters by cosine similarity, centroids
 * kept dense (one Float64Array per cluster over the vocabulary), answers kept sparse.
 */
import { createRandom } from '../random.ts';
import { denseDot, type SparseVector } from './tfidf.ts';

export interface SphericalKMeansResult {
  k: number;
  /** Cluster per vector, -1 for an empty vector (no known terms). */
  assignments: Int32Array;
  /** Unit-length centroids. */
  centroids: Float64Array[];
  /** Sum over vectors of the cosine similarity to their centroid (higher is better). */
  cohesion: number;
}

/**
 * Spherical k-means (Dhillon & Modha, 2001, "Concept decompositions for large sparse text data using
 * clustering", Machine Learning 42): assign each unit vector to the centroid with the highest cosine,
 * recompute each centroid as the normalised mean, repeat until no assignment changes. Seeded
 * k-means++ starts (Arthur & Vassilvitskii, 2007) on cosine distance; the best of `restarts` runs by
 * cohesion is returned.
 *
 * Cost: O(restarts × iterations × nonzeros × k) time, O(k × dim) memory. Throws "sphericalKMeans
 * requires at least k data points" when fewer non-empty vectors than k.
 *
 * @example
 * const { assignments } = sphericalKMeans(vectors, model.terms.length, 5, { seed: 1 });
 */
export function sphericalKMeans(
  vectors: readonly SparseVector[],
  dim: number,
  k: number,
  options: { seed?: number; maxIterations?: number; restarts?: number } = {},
): SphericalKMeansResult {
  const usable = vectors.map((v, i) => (v.indices.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (k < 1 || usable.length < k) throw new Error(`sphericalKMeans requires at least ${k} data points`);
  const rng = createRandom(options.seed ?? 1);
  const maxIterations = options.maxIterations ?? 30;
  let best: SphericalKMeansResult | null = null;
  for (let run = 0; run < (options.restarts ?? 3); run++) {
    const centroids = plusPlusStart(vectors, usable, dim, k, rng);
    const assignments = new Int32Array(vectors.length).fill(-1);
    let cohesion = 0;
    for (let iter = 0; iter < maxIterations; iter++) {
      let changed = 0;
      cohesion = 0;
      for (const i of usable) {
        let bestC = 0;
        let bestSim = -Infinity;
        for (let c = 0; c < k; c++) {
          const s = denseDot(vectors[i], centroids[c]);
          if (s > bestSim) {
            bestSim = s;
            bestC = c;
          }
        }
        if (assignments[i] !== bestC) changed++;
        assignments[i] = bestC;
        cohesion += bestSim;
      }
      if (changed === 0 && iter > 0) break;
      recomputeCentroids(vectors, usable, assignments, centroids, rng);
    }
    if (!best || cohesion > best.cohesion) best = { k, assignments, centroids, cohesion };
  }
  return best!;
}

/** Normalised mean of the members of each cluster; an empty cluster restarts at a random vector. */
function recomputeCentroids(
  vectors: readonly SparseVector[],
  usable: readonly number[],
  assignments: Int32Array,
  centroids: Float64Array[],
  rng: ReturnType<typeof createRandom>,
): void {
  for (const c of centroids) c.fill(0);
  const sizes = new Int32Array(centroids.length);
  for (const i of usable) {
    const c = centroids[assignments[i]];
    sizes[assignments[i]]++;
    const v = vectors[i];
    for (let t = 0; t < v.indices.length; t++) c[v.indices[t]] += v.values[t];
  }
  centroids.forEach((c, ci) => {
    if (sizes[ci] === 0) {
      const v = vectors[usable[rng.int(usable.length)]];
      for (let t = 0; t < v.indices.length; t++) c[v.indices[t]] = v.values[t];
    }
    normalizeDense(c);
  });
}

function plusPlusStart(
  vectors: readonly SparseVector[],
  usable: readonly number[],
  dim: number,
  k: number,
  rng: ReturnType<typeof createRandom>,
): Float64Array[] {
  const centroids: Float64Array[] = [];
  const toDense = (v: SparseVector): Float64Array => {
    const d = new Float64Array(dim);
    for (let t = 0; t < v.indices.length; t++) d[v.indices[t]] = v.values[t];
    return d;
  };
  centroids.push(toDense(vectors[usable[rng.int(usable.length)]]));
  const dist = new Float64Array(usable.length).fill(Infinity);
  while (centroids.length < k) {
    const last = centroids[centroids.length - 1];
    let total = 0;
    usable.forEach((i, u) => {
      const d = Math.max(0, 1 - denseDot(vectors[i], last));
      if (d < dist[u]) dist[u] = d;
      total += dist[u] * dist[u];
    });
    const pick = total > 0 ? rng.categorical(Array.from(dist, (d) => d * d)) : rng.int(usable.length);
    centroids.push(toDense(vectors[usable[pick]]));
  }
  return centroids;
}

/** Scales a dense vector to unit length in place (a zero vector stays zero). */
export function normalizeDense(c: Float64Array): Float64Array {
  let n = 0;
  for (let t = 0; t < c.length; t++) n += c[t] * c[t];
  n = Math.sqrt(n);
  if (n > 0) for (let t = 0; t < c.length; t++) c[t] /= n;
  return c;
}
