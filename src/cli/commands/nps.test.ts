import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'klankbord-nps-'));
function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/klankbord.mjs', 'nps', ...args], { encoding: 'utf8', cwd: process.cwd() });
}
function file(name: string, text: string) {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('klankbord nps', () => {
  // Worked case: 50 promoters, 30 passives, 20 detractors → NPS 30, se = 100·√((0.5 + 0.2 − 0.3²)/100) = 7.8102.
  const rows = [...Array<string>(50).fill('10'), ...Array<string>(30).fill('7'), ...Array<string>(20).fill('0')];
  const csv = file('scores.csv', 'score;seg\n' + rows.map((s, i) => `${s};${i % 2 ? 'a' : 'b'}`).join('\n') + '\n;a\n');

  it('--json prints the contract keys with the worked figures (semicolon file, empty cell skipped)', () => {
    const p = run(csv, '--column', 'score', '--json');
    expect(p.status).toBe(0);
    const d = JSON.parse(p.stdout);
    expect(d.n).toBe(100);
    expect(d.promoters).toBeCloseTo(0.5, 12);
    expect(d.passives).toBeCloseTo(0.3, 12);
    expect(d.detractors).toBeCloseTo(0.2, 12);
    expect(d.nps).toBeCloseTo(30, 10);
    expect(d.se).toBeCloseTo(7.8102, 4);
    expect(d.ci95[0]).toBeCloseTo(30 - 1.959964 * 7.8102, 2);
    expect(d.ci95[1]).toBeCloseTo(30 + 1.959964 * 7.8102, 2);
    expect(d.smallBase).toBe(false);
    expect(d.missing).toBe(1);
  });

  it('--weight uses the weights and the Kish effective n', () => {
    const w = file('w.csv', 'score,w\n10,3\n0,1\n');
    const d = JSON.parse(run(w, '--column', 'score', '--weight', 'w', '--json').stdout);
    expect(d.nps).toBeCloseTo(50, 10); // 0.75 − 0.25
    expect(d.se).toBeCloseTo(100 * Math.sqrt((1 - 0.25) / (16 / 10)), 8);
    expect(d.smallBase).toBe(true);
  });

  it('prints a readable table without --json', () => {
    const p = run(csv, '--column', 'score');
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/NPS\s+30\.0/);
    expect(p.stdout).toMatch(/95% CI/);
  });

  it('bad input exits 2 with one line naming column, row and value', () => {
    const bad = file('bad.csv', 'score\n10\n12\n');
    const p = run(bad, '--column', 'score');
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toBe('klankbord: column "score" row 3: "12" is not an NPS score 0..10');
    const missing = run(csv, '--column', 'nope');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('"nope"');
    expect(run(bad).status).toBe(2);
  });
});
