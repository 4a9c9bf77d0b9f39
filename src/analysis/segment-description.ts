/**
 * Plain descriptions of latent class segments, so the app can write "Segment B, 34% (31-37%): mostly
 * answers 'ja' to Q3 (82% vs 20% elsewhere) ...".
 */
import type { LatentClassModel } from './lca.ts';
import { wilsonInterval } from './proportion.ts';

export interface SegmentFeature {
  item: string;
  category: string;
  /** P(category | this segment). */
  inSegment: number;
  /** P(category | the other segments), weighted by their shares. */
  elsewhere: number;
  /** inSegment / elsewhere (Infinity when no one elsewhere gives the answer). */
  lift: number;
}

export interface SegmentDescription {
  /** 1-based segment number (1 = largest). */
  segment: number;
  /** Letter for display: A, B, C, ... */
  label: string;
  share: number;
  /** Wilson 95% interval of the share, with the posterior share × n as the count. */
  shareCi95: [number, number];
  /** Expected number of respondents (share × n). */
  size: number;
  /** Answers most typical of the segment, highest lift first. */
  features: SegmentFeature[];
}

/**
 * Describes each class of a fitted latent class model: its share with a 95% Wilson interval
 * (count = posterior share × n; Wilson 1927, as in proportion.ts) and the answers with the highest
 * lift P(category | class) / P(category | not class), where "not class" mixes the other classes by
 * their shares. Only answers given by at least `minInSegment` of the segment (default 0.2) are
 * candidates, so rare answers with huge lifts do not crowd out the typical ones.
 *
 * Cost: O(K² × categories). Throws "describeSegments requires at least 1 data point" for an empty model.
 *
 * @example
 * describeSegments(model, { top: 3 })[1];
 * // { segment: 2, label: 'B', share: 0.34, shareCi95: [0.31, 0.37], features: [{ item: 'Q3', category: 'ja', inSegment: 0.82, elsewhere: 0.2, lift: 4.1 }, ...] }
 */
export function describeSegments(
  model: Pick<LatentClassModel, 'classes' | 'n' | 'shares' | 'items' | 'categories' | 'probs'>,
  options: { top?: number; minInSegment?: number } = {},
): SegmentDescription[] {
  if (!(model.n > 0)) throw new Error('describeSegments requires at least 1 data point');
  const top = options.top ?? 5;
  const minInSegment = options.minInSegment ?? 0.2;
  const K = model.classes;
  return model.shares.map((share, k) => {
    const features: SegmentFeature[] = [];
    const restShare = 1 - share;
    model.items.forEach((item, j) => {
      model.categories[j].forEach((category, c) => {
        const inSegment = model.probs[j][k][c];
        if (inSegment < minInSegment || K === 1) return;
        let elsewhere = 0;
        for (let l = 0; l < K; l++) if (l !== k) elsewhere += model.shares[l] * model.probs[j][l][c];
        elsewhere = restShare > 0 ? elsewhere / restShare : 0;
        const lift = elsewhere > 0 ? inSegment / elsewhere : Infinity;
        if (lift > 1) features.push({ item, category, inSegment, elsewhere, lift });
      });
    });
    features.sort((a, b) => b.lift - a.lift || b.inSegment - a.inSegment);
    const size = share * model.n;
    return {
      segment: k + 1,
      label: segmentLabel(k),
      share,
      shareCi95: wilsonInterval(Math.min(size, model.n), model.n),
      size,
      features: features.slice(0, top),
    };
  });
}

/** A, B, ..., Z, AA, AB, ... */
function segmentLabel(k: number): string {
  let s = '';
  let x = k;
  do {
    s = String.fromCharCode(65 + (x % 26)) + s;
    x = Math.floor(x / 26) - 1;
  } while (x >= 0);
  return s;
}
