import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'klankbord-drivers-'));
function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/klankbord.mjs', 'drivers', ...args], { encoding: 'utf8', cwd: process.cwd() });
}

// First 12 provinces of R's `swiss` data plus one row with a missing value; the 47-row fit is checked against
// R's published lm in src/analysis/drivers.test.ts. Here: R² of this subset from an independent closed form.
const rows = [
  [80.2, 17.0, 15, 12], [83.1, 45.1, 6, 9], [92.5, 39.7, 5, 5], [85.8, 36.5, 12, 7], [76.9, 43.5, 17, 15],
  [76.1, 35.3, 9, 7], [83.8, 70.2, 16, 7], [92.4, 67.8, 14, 8], [82.4, 53.3, 12, 7], [82.9, 45.2, 16, 13],
  [87.1, 64.5, 14, 6], [64.1, 62.0, 21, 12],
];
const csv = path.join(dir, 'swiss.csv');
writeFileSync(csv, 'Fertility;Agriculture;Examination;Education\n' + rows.map((r) => r.join(';')).join('\n') + '\n70;;10;10\n');

describe('klankbord drivers', () => {
  it('--json: r2, Shapley shares summing to 1, n after dropping missing rows', () => {
    const p = run(csv, '--outcome', 'Fertility', '--predictors', 'Agriculture,Examination', '--json');
    expect(p.status).toBe(0);
    const d = JSON.parse(p.stdout);
    expect(d.n).toBe(12);
    expect(d.dropped).toBe(1);
    // Two-predictor R² from correlations: (r1² + r2² − 2·r1·r2·r12) / (1 − r12²).
    const col = (j: number) => rows.map((r) => r[j]);
    const corr = (a: number[], b: number[]) => {
      const ma = a.reduce((s, v) => s + v, 0) / a.length;
      const mb = b.reduce((s, v) => s + v, 0) / b.length;
      const c = a.reduce((s, v, i) => s + (v - ma) * (b[i] - mb), 0);
      return c / Math.sqrt(a.reduce((s, v) => s + (v - ma) ** 2, 0) * b.reduce((s, v) => s + (v - mb) ** 2, 0));
    };
    const r1 = corr(col(0), col(1));
    const r2 = corr(col(0), col(2));
    const r12 = corr(col(1), col(2));
    const R2 = (r1 ** 2 + r2 ** 2 - 2 * r1 * r2 * r12) / (1 - r12 ** 2);
    expect(d.r2).toBeCloseTo(R2, 10);
    // Shapley for two predictors by hand: φ1 = ½(r1²) + ½(R² − r2²).
    expect(d.importance.Agriculture).toBeCloseTo((0.5 * r1 ** 2 + 0.5 * (R2 - r2 ** 2)) / R2, 10);
    expect(d.importance.Agriculture + d.importance.Examination).toBeCloseTo(1, 12);
    expect(d.smallBase).toBe(true);
    expect(Object.keys(d.relativeWeights)).toEqual(['Agriculture', 'Examination']);
  });

  it('prints a readable table and rejects unknown or non-numeric columns with exit 2', () => {
    const p = run(csv, '--outcome', 'Fertility', '--predictors', 'Agriculture,Examination,Education');
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/R-squared = 0\.\d{4}, n = 12 \(1 rows with a missing value left out\)/);
    const bad = run(csv, '--outcome', 'Fertility', '--predictors', 'Nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"Nope"');
  });
});
