import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'klankbord-weight-'));
const apiclus1 = path.resolve(process.cwd(), '../shared/data/survey/apiclus1.csv');
function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/klankbord.mjs', 'weight', ...args], { encoding: 'utf8', cwd: process.cwd() });
}
function targets(name: string, value: unknown) {
  const p = path.join(dir, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}
function readOut(file: string) {
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((c, i) => [cols[i], c])));
}

describe('klankbord weight', () => {
  it('post-stratifies apiclus1 on stype from pw base weights: weighted mean api00 = 642.31 (R survey ?postStratify)', () => {
    const t = targets('stype.json', { stype: { E: 4421 / 6194, H: 755 / 6194, M: 1018 / 6194 } });
    const out = path.join(dir, 'out.csv');
    const p = run(apiclus1, '--targets', t, '--out', out, '--weight', 'pw', '--json');
    expect(p.status).toBe(0);
    const s = JSON.parse(p.stdout);
    expect(s.converged).toBe(true);
    const rows = readOut(out);
    expect(rows).toHaveLength(183);
    const w = rows.map((r) => Number(r.weight));
    expect(w.reduce((a, b) => a + b, 0) / w.length).toBeCloseTo(1, 6);
    const mean = rows.reduce((a, r, i) => a + w[i] * Number(r.api00), 0) / w.reduce((a, b) => a + b, 0);
    expect(mean).toBeCloseTo(642.31, 2);
    // Kish design effect of the written weights
    const deff = (w.length * w.reduce((a, b) => a + b * b, 0)) / w.reduce((a, b) => a + b, 0) ** 2;
    expect(s.designEffect).toBeCloseTo(deff, 6);
    expect(s.effectiveN).toBeCloseTo(183 / deff, 4);
  });

  it('rakes two margins, trims, and prints a readable summary', () => {
    const t = targets('two.json', { stype: { E: 0.7138, H: 0.1219, M: 0.1643 }, 'sch.wide': { No: 0.1731, Yes: 0.8269 } });
    const out = path.join(dir, 'two.csv');
    const p = run(apiclus1, '--targets', t, '--out', out, '--trim', '0.5,3');
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/design effect\s+1\.\d{3}/);
    expect(p.stdout).toMatch(/converged\s+yes/);
    const rows = readOut(out);
    const w = rows.map((r) => Number(r.weight));
    const total = w.reduce((a, b) => a + b, 0);
    const noShare = rows.reduce((a, r, i) => a + (r['sch.wide'] === 'No' ? w[i] : 0), 0) / total;
    expect(noShare).toBeCloseTo(0.1731, 5);
  });

  it('bad targets are exit-2 errors naming the problem', () => {
    const out = path.join(dir, 'bad.csv');
    const cases: [unknown, string][] = [
      [{ stype: { E: 0.5, H: 0.2, M: 0.2 } }, 'sum to 0.9, not 1'],
      [{ stype: { E: 0.8, H: 0.2 } }, 'value "M" of column "stype" (row '],
      [{ region: { north: 1 } }, 'target column "region" not found'],
    ];
    for (const [value, message] of cases) {
      const p = run(apiclus1, '--targets', targets('bad.json', value), '--out', out);
      expect(p.status).toBe(2);
      expect(p.stderr).toContain(message);
      expect(p.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run(apiclus1, '--targets', targets('ok.json', { stype: { E: 0.7, H: 0.1, M: 0.2 } }), '--out', out, '--trim', '2,3').status).toBe(2);
  });
});
