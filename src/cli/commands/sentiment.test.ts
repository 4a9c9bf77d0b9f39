import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(process.cwd(), 'bin/klankbord.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'sentiment', ...args], { encoding: 'utf8' });

const dir = mkdtempSync(path.join(tmpdir(), 'klankbord-sentiment-'));
const file = path.join(dir, 'answers.csv');
writeFileSync(
  file,
  'id;answer\n1;Echt een aanrader, super vriendelijk geholpen!\n2;Nog steeds niets ontvangen, waar blijft mijn bestelling?\n3;Would recommend, the staff were great 👍\n4;\n5;De winkel is open tot zes uur.\n',
);

describe('klankbord sentiment', () => {
  it('prints rows and a summary as JSON', () => {
    const p = run(file, '--column', 'answer', '--json');
    expect(p.status).toBe(0);
    const out = JSON.parse(p.stdout);
    expect(out.rows.map((r: { label: string }) => r.label)).toEqual(['positive', 'negative', 'positive', 'neutral', 'neutral']);
    expect(out.rows.map((r: { lang: string }) => r.lang)).toEqual(['nl', 'nl', 'en', 'other', 'nl']);
    for (const r of out.rows) {
      expect(Object.keys(r).sort()).toEqual(['decisive', 'label', 'lang', 'score']);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(out.rows[1].decisive.length).toBeGreaterThan(0);
    expect(out.summary).toEqual({
      n: 5, positive: 2, neutral: 2, negative: 1,
      shares: { positive: 0.4, neutral: 0.4, negative: 0.2 },
      meanScore: expect.any(Number),
    });
  });

  it('honours --lang', () => {
    const out = JSON.parse(run(file, '--column', 'answer', '--lang', 'nl', '--json').stdout);
    expect(out.rows.every((r: { lang: string }) => r.lang === 'nl')).toBe(true);
  });

  it('prints a readable table without --json', () => {
    const p = run(file, '--column', 'answer');
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/row\s+label\s+score/);
    expect(p.stdout).toContain('n = 5: positive 2 (40.0%), neutral 2 (40.0%), negative 1 (20.0%)');
  });

  it('rejects a missing column, a bad --lang and a missing file with exit code 2 and one line', () => {
    for (const args of [[file, '--column', 'nope'], [file, '--column', 'answer', '--lang', 'de'], [path.join(dir, 'none.csv'), '--column', 'answer']]) {
      const p = run(...args);
      expect(p.status).toBe(2);
      expect(p.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run(file, '--column', 'nope').stderr).toContain('"nope"');
  });
});
