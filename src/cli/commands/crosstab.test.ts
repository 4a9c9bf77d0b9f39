import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'klankbord-crosstab-'));
function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/klankbord.mjs', 'crosstab', ...args], { encoding: 'utf8', cwd: process.cwd() });
}

// Agresti (2007) An Introduction to Categorical Data Analysis, Table 2.5: gender × party identification;
// published X² = 30.07, df = 2 (R ?chisq.test: p-value = 2.954e-07).
const table: [string, string, number][] = [
  ['female', 'democrat', 762], ['female', 'independent', 327], ['female', 'republican', 468],
  ['male', 'democrat', 484], ['male', 'independent', 239], ['male', 'republican', 477],
];
const lines = table.flatMap(([g, p, n]) => Array<string>(n).fill(`${g},${p}`));
const csv = path.join(dir, 'party.csv');
writeFileSync(csv, 'gender,party\n' + lines.join('\n') + '\n,democrat\n');

describe('klankbord crosstab', () => {
  it('--json: counts, chi2, df, p, cramersV for Agresti Table 2.5', () => {
    const p = run(csv, '--rows', 'gender', '--cols', 'party', '--json');
    expect(p.status).toBe(0);
    const d = JSON.parse(p.stdout);
    expect(d.rows).toEqual(['female', 'male']);
    expect(d.cols).toEqual(['democrat', 'independent', 'republican']);
    expect(d.counts).toEqual([[762, 327, 468], [484, 239, 477]]);
    expect(d.chi2).toBeCloseTo(30.07, 2);
    expect(d.df).toBe(2);
    expect(d.p).toBeCloseTo(2.954e-7, 9);
    expect(d.cramersV).toBeCloseTo(Math.sqrt(30.0701 / 2757), 4);
    expect(d.missing).toBe(1);
  });

  it('sorts numeric labels as numbers', () => {
    const f = path.join(dir, 'num.csv');
    writeFileSync(f, 'a;b\n10;x\n9;y\n1;x\n10;y\n');
    const d = JSON.parse(run(f, '--rows', 'a', '--cols', 'b', '--json').stdout);
    expect(d.rows).toEqual(['1', '9', '10']);
    expect(d.smallBase).toBe(true);
  });

  it('prints a readable table and exits 2 on an unknown column', () => {
    const p = run(csv, '--rows', 'gender', '--cols', 'party');
    expect(p.stdout).toMatch(/chi-square = 30\.070, df = 2/);
    const bad = run(csv, '--rows', 'gender', '--cols', 'nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"nope"');
  });
});
