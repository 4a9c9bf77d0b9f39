import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../analysis/adjusted-rand.ts';
import { createRandom } from '../../analysis/random.ts';

const bin = path.resolve(process.cwd(), 'bin/klankbord.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('klankbord segment', () => {
  it('writes segment and segment_p; recovers planted segments; rows without answers get no segment', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'segment-'));
    const rng = createRandom(5);
    const truth: number[] = [];
    const lines = ['id;Q1;Q2;Q3;Q4;Q5;Q6;Q7;Q8'];
    for (let i = 0; i < 600; i++) {
      const k = i < 400 ? 0 : 1;
      truth.push(k);
      const answers = Array.from({ length: 8 }, (_, j) => {
        if (rng.next() < 0.1) return '';
        const yes = k === 0 ? 0.9 : 0.1;
        return (rng.next() < (j % 2 ? yes : 1 - yes) ? 'ja' : 'nee');
      });
      lines.push([`r${i}`, ...answers].join(';'));
    }
    lines.push('empty;;;;;;;;');
    writeFileSync(path.join(dir, 'in.csv'), lines.join('\n') + '\n');
    const out = path.join(dir, 'out.csv');
    const p = run('segment', path.join(dir, 'in.csv'), '--items', 'Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8', '--classes', '1-3', '--seed', '2', '--out', out, '--json');
    expect(p.status).toBe(0);
    const summary = JSON.parse(p.stdout);
    expect(summary.classes).toBe(2);
    expect(summary.unassigned).toBe(1);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split(','));
    expect(rows[0].slice(-2)).toEqual(['segment', 'segment_p']);
    const body = rows.slice(1);
    expect(body).toHaveLength(601);
    expect(body[600].slice(-2)).toEqual(['', '']);
    const segments = body.slice(0, 600).map((r) => Number(r[9]));
    expect(new Set(segments)).toEqual(new Set([1, 2]));
    // Segment 1 is the larger one (400 planted rows).
    expect(segments.filter((s) => s === 1).length).toBeGreaterThan(segments.filter((s) => s === 2).length);
    expect(adjustedRandIndex(truth, segments)).toBeGreaterThanOrEqual(0.9);
    for (const r of body.slice(0, 600)) expect(Number(r[10]) >= 0.5 && Number(r[10]) <= 1).toBe(true);
  });

  it('requires --out', () => {
    const p = run('segment', path.resolve(process.cwd(), '../shared/data/lca/values.csv'), '--items', 'A,B');
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/--out/);
  });
});
