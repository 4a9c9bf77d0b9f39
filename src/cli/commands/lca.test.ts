import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(process.cwd(), 'bin/klankbord.mjs');
const carcinoma = path.resolve(process.cwd(), '../shared/data/lca/carcinoma.csv');
const election = path.resolve(process.cwd(), '../shared/data/lca/election.csv');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('klankbord lca', () => {
  it('prints one model as JSON; carcinoma 3 classes has log-likelihood -293.705 (poLCA help page, man/carcinoma.Rd)', () => {
    const p = run('lca', carcinoma, '--items', 'A,B,C,D,E,F,G', '--classes', '3', '--starts', '5', '--seed', '1', '--json');
    expect(p.status).toBe(0);
    const d = JSON.parse(p.stdout);
    expect(d.classes).toBe(3);
    expect(Math.abs(d.loglik - -293.705)).toBeLessThan(0.01);
    expect(d.npar).toBe(23);
    expect(d.n).toBe(118);
    expect(d.bic).toBeCloseTo(-2 * d.loglik + 23 * Math.log(118), 6);
    expect(d.aic).toBeCloseTo(-2 * d.loglik + 46, 6);
    expect(d.shares).toHaveLength(3);
    expect(d.shares[0]).toBeGreaterThanOrEqual(d.shares[1]);
    expect(d.categories.A).toEqual(['1', '2']);
    expect(d.probs.A).toHaveLength(3);
    for (const row of d.probs.G) expect(row[0] + row[1]).toBeCloseTo(1, 10);
  });

  it('compares a range and reports the best BIC (carcinoma 2 classes -317.2568, 3 classes -293.705)', () => {
    const p = run('lca', carcinoma, '--items', 'A,B,C,D,E,F,G', '--classes', '1-3', '--starts', '3', '--seed', '1', '--json');
    expect(p.status).toBe(0);
    const d = JSON.parse(p.stdout);
    expect(d.models.map((m: { classes: number }) => m.classes)).toEqual([1, 2, 3]);
    expect(Math.abs(d.models[1].loglik - -317.2568)).toBeLessThan(0.01);
    const bics = d.models.map((m: { bic: number }) => m.bic);
    expect(d.best).toBe(d.models[bics.indexOf(Math.min(...bics))].classes);
    expect(d.noStructure).toBe(false);
  });

  it('--listwise reproduces poLCA on election (N = 1311, 1 class log-likelihood -18647.31, man/election.Rd)', () => {
    const items = 'MORALG,CARESG,KNOWG,LEADG,DISHONG,INTELG,MORALB,CARESB,KNOWB,LEADB,DISHONB,INTELB';
    const p = run('lca', election, '--items', items, '--classes', '1', '--listwise', '--json');
    const d = JSON.parse(p.stdout);
    expect(d.n).toBe(1311);
    expect(Math.abs(d.loglik - -18647.31)).toBeLessThan(0.01);
    const all = JSON.parse(run('lca', election, '--items', items, '--classes', '1', '--json').stdout);
    expect(all.n).toBeGreaterThan(1311);
  });

  it('prints a readable table without --json', () => {
    const p = run('lca', carcinoma, '--items', 'A,B,C', '--classes', '1-2');
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/loglik\s+BIC/);
    expect(p.stdout).toMatch(/class shares/);
  });

  it('rejects a missing column, a bad --classes and a missing --items with exit 2 and one line', () => {
    for (const args of [
      ['--items', 'A,NOPE'],
      ['--items', 'A,B', '--classes', 'two'],
      ['--items', 'A,B', '--starts', '0'],
      [],
    ]) {
      const p = run('lca', carcinoma, ...args);
      expect(p.status).toBe(2);
      expect(p.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run('lca', carcinoma, '--items', 'A,NOPE').stderr).toMatch(/NOPE/);
  });
});
