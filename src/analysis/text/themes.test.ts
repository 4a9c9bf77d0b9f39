import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { discoverThemes } from './themes.ts';
import { assignToThemes } from './assign-themes.ts';
import { sphericalKMeans } from './cluster.ts';
import { cosineSimilarityMatrix, silhouetteWidth } from './cluster-silhouette.ts';
import { normalizedMutualInformation } from './nmi.ts';
import type { SparseVector } from './tfidf.ts';

const vec = (pairs: [number, number][]): SparseVector => {
  const n = Math.hypot(...pairs.map((p) => p[1]));
  return { indices: Uint32Array.from(pairs.map((p) => p[0])), values: Float32Array.from(pairs.map((p) => p[1] / n)) };
};

describe('sphericalKMeans and silhouetteWidth', () => {
  it('separates two groups of directions', () => {
    const vs = [vec([[0, 1]]), vec([[0, 1], [1, 0.1]]), vec([[0, 1], [2, 0.1]]), vec([[3, 1]]), vec([[3, 1], [4, 0.1]]), vec([[3, 1], [1, 0.1]])];
    const r = sphericalKMeans(vs, 5, 2, { seed: 7 });
    expect(r.assignments[0]).toBe(r.assignments[1]);
    expect(r.assignments[1]).toBe(r.assignments[2]);
    expect(r.assignments[3]).toBe(r.assignments[4]);
    expect(r.assignments[0]).not.toBe(r.assignments[3]);
    expect(() => sphericalKMeans(vs.slice(0, 1), 5, 2)).toThrow('sphericalKMeans requires at least 2 data points');
  });
  it('computes the silhouette by hand for orthogonal pairs: s = 1 for each item', () => {
    // Items 0,1 identical (distance 0) and orthogonal to the identical items 2,3 (distance 1):
    // a = 0, b = 1, s = (1 - 0) / 1 = 1 for every item. Splitting them the wrong way gives
    // a = 1, b = 0.5 (mean of 0 and 1), s = (0.5 - 1) / 1 = -0.5.
    const vs = [vec([[0, 1]]), vec([[0, 1]]), vec([[1, 1]]), vec([[1, 1]])];
    const m = cosineSimilarityMatrix(vs);
    expect(silhouetteWidth(m, Int32Array.of(0, 0, 1, 1))).toBeCloseTo(1, 6);
    expect(silhouetteWidth(m, Int32Array.of(0, 1, 0, 1))).toBeCloseTo(-0.5, 6);
  });
});

describe('discoverThemes', () => {
  const file = path.resolve(process.cwd(), '../shared/data/text/feedback_dev.csv');
  const rows = Papa.parse<{ id: string; theme: string; text: string }>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const answers = rows.map((r) => ({ id: r.id, text: r.text }));

  it('partitions the dev corpus into labelled themes with quotes, better than the TF-IDF + NMF baseline (NMI 0.11)', () => {
    const r = discoverThemes(answers, { seed: 1 });
    expect(r.k).toBeGreaterThanOrEqual(2);
    const members = r.themes.flatMap((t) => t.memberIds);
    expect(new Set([...members, ...r.unassigned]).size).toBe(480);
    expect(members.length + r.unassigned.length).toBe(480);
    for (const t of r.themes) {
      expect(t.size).toBe(t.memberIds.length);
      expect(t.quotes).toHaveLength(3);
      expect(t.label.length).toBeGreaterThan(0);
      for (const id of t.quoteIds) expect(t.memberIds).toContain(id);
    }
    const byId = new Map<string, string>();
    for (const t of r.themes) for (const id of t.memberIds) byId.set(id, t.id);
    const nmi = normalizedMutualInformation(rows.map((x) => x.theme), rows.map((x) => byId.get(x.id) ?? 'none'));
    expect(nmi).toBeGreaterThan(0.11);
    // Same seed, same themes.
    expect(discoverThemes(answers, { seed: 1 }).themes.map((t) => t.label)).toEqual(r.themes.map((t) => t.label));
  });

  it('finds planted themes', () => {
    const planted = [
      ...Array.from({ length: 12 }, (_, i) => `De parkeerplaats bij de winkel is te klein ${['echt', 'altijd', 'weer', 'steeds'][i % 4]}`),
      ...Array.from({ length: 12 }, (_, i) => `The playlist music in the store is too loud ${['really', 'always', 'again', 'today'][i % 4]}`),
    ].map((text, i) => ({ id: `p${i}`, text }));
    const r = discoverThemes(planted, { seed: 3, maxThemes: 4 });
    const parking = r.themes.find((t) => t.memberIds.includes('p0'))!;
    expect(parking.memberIds.every((id) => Number(id.slice(1)) < 12)).toBe(true);
    expect(parking.keywords.join(' ')).toMatch(/parkeerplaats/);
    expect(() => discoverThemes([{ id: 'a', text: 'x' }])).toThrow('discoverThemes requires at least 4 data points');
  });
});

describe('assignToThemes', () => {
  it('assigns new answers to edited themes and offers what is new as candidate themes', () => {
    const themes = [
      { id: 'slow-replies', label: 'Trage reacties (renamed by the team)', keywords: ['reactie', 'mail'], memberTexts: ['Nooit reactie op mijn mails', 'Wacht al weken op antwoord op mijn mail'] },
      { id: 'bread', label: 'Brood (merged)', memberTexts: ['Het brood was oudbakken', 'Brood was te droog', 'Lekker vers brood'] },
    ];
    const fresh = [
      { id: 'n1', text: 'Weer geen reactie op mijn mail' },
      { id: 'n2', text: 'Het brood was gisteren droog' },
      ...Array.from({ length: 8 }, (_, i) => ({ id: `q${i}`, text: `Parkeerplaats bij de zaak is veel te klein ${['echt', 'altijd', 'weer', 'steeds'][i % 4]}` })),
    ];
    const r = assignToThemes(fresh, themes, { discovery: { seed: 1, maxThemes: 3 } });
    expect(r.assignments.find((a) => a.answerId === 'n1')?.themeId).toBe('slow-replies');
    expect(r.assignments.find((a) => a.answerId === 'n2')?.themeId).toBe('bread');
    expect(r.assignments.some((a) => a.answerId.startsWith('q'))).toBe(false);
    expect(r.candidates.length).toBeGreaterThanOrEqual(1);
    expect(r.candidates[0].candidate).toBe(true);
    expect(r.candidates.flatMap((c) => c.memberIds).filter((id) => id.startsWith('q')).length).toBeGreaterThanOrEqual(6);
    expect(() => assignToThemes(fresh, [])).toThrow('assignToThemes requires at least 1 theme');
  });
});
