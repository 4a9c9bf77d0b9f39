import { describe, expect, it } from 'vitest';
import { denseDot, fitTfidf, sparseDot, tfidfVector } from './tfidf.ts';

describe('TF-IDF', () => {
  it("reproduces scikit-learn's user guide example (TfidfTransformer, smooth_idf=True): first row [0.8515, 0, 0.5243]", () => {
    // Counts from the guide (section 6.2.3.4 "Tf–idf term weighting"):
    // [[3,0,1],[2,0,0],[3,0,0],[4,0,0],[3,2,0],[3,0,2]] -> first row 0.85151335, 0, 0.52433293.
    const counts = [[3, 0, 1], [2, 0, 0], [3, 0, 0], [4, 0, 0], [3, 2, 0], [3, 0, 2]];
    const docs = counts.map((row) => row.flatMap((c, j) => Array<string>(c).fill(`t${j}`)));
    const model = fitTfidf(docs, { minDocumentFrequency: 1, maxDocumentShare: 1 });
    const v = tfidfVector(model, docs[0], { sublinearTf: false });
    expect([...v.indices]).toEqual([model.index.get('t0'), model.index.get('t2')]);
    expect(v.values[0]).toBeCloseTo(0.85151335, 6);
    expect(v.values[1]).toBeCloseTo(0.52433293, 6);
  });
  it('drops rare and ubiquitous terms and computes dot products', () => {
    const model = fitTfidf([['a', 'b'], ['a', 'c'], ['a', 'b']], { minDocumentFrequency: 2, maxDocumentShare: 0.9 });
    expect(model.terms).toEqual(['b']);
    const v = tfidfVector(model, ['b', 'x']);
    expect(sparseDot(v, v)).toBeCloseTo(1, 6);
    expect(denseDot(v, [0.5])).toBeCloseTo(0.5, 6);
    expect(() => fitTfidf([])).toThrow('fitTfidf requires at least 1 data point');
  });
});
