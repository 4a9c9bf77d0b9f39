import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(process.cwd(), 'bin/klankbord.mjs');
const dev = path.resolve(process.cwd(), '../shared/data/text/feedback_dev.csv');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'themes', ...args], { encoding: 'utf8' });

describe('klankbord themes', () => {
  it('prints taxonomy themes plus candidates as JSON with members as 0-based data row indexes', () => {
    const p = run(dev, '--column', 'text', '--lang', 'auto', '--json');
    expect(p.status).toBe(0);
    const out = JSON.parse(p.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['themes', 'unassigned']));
    const seen = new Set<number>();
    for (const t of out.themes) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['label', 'size', 'keywords', 'quotes', 'members']));
      expect(t.size).toBe(t.members.length);
      expect(t.quotes.length).toBeLessThanOrEqual(3);
      for (const m of t.members) {
        expect(seen.has(m)).toBe(false);
        seen.add(m);
      }
    }
    for (const u of out.unassigned) seen.add(u);
    expect(seen.size).toBe(480);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(479);
    expect(out.themes.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['price', 'delivery', 'communication']));
  });

  it('clusters without the taxonomy in cluster mode, and prints a readable table without --json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'themes-'));
    const file = path.join(dir, 'a.csv');
    const lines = ['antwoord'];
    for (let i = 0; i < 8; i++) lines.push(`Parkeerplaats bij de winkel te klein ${i}`, `Playlist in de winkel te hard ${i}`, '');
    writeFileSync(file, lines.join('\n') + '\n');
    const json = run(file, '--column', 'antwoord', '--mode', 'cluster', '--json');
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.themes.every((t: { candidate: boolean }) => t.candidate)).toBe(true);
    const text = run(file, '--column', 'antwoord');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/theme\s+size\s+keywords/);
  });

  it('exits 2 with one line naming a missing column or a bad option', () => {
    const p = run(dev, '--column', 'nope', '--json');
    expect(p.status).toBe(2);
    expect(p.stderr.trim().split('\n')).toHaveLength(1);
    expect(p.stderr).toContain('nope');
    const m = run(dev, '--column', 'text', '--mode', 'magic');
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('--mode');
  });
});
