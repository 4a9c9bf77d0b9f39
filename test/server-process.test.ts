import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './support/server-process.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'klankbord-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const signup = (url: string, i: number) =>
  fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `p${i}@example.org`, password: 'long enough password', name: `P${i}`, workspaceName: `W${i}` }),
  }).then((r) => r.status);

describe('the server process', () => {
  it('finishes in-flight requests on SIGTERM, exits 0, and leaves the embedded database intact', async () => {
    const first = await startServer({ dataDir, needsWeb: false, env: { LOG_LEVEL: 'info' } });
    // Sign-ups hash passwords with scrypt, so several are in flight when the signal arrives.
    const inFlight = Array.from({ length: 8 }, (_, i) => signup(first.url, i));
    // Wait until the server has received all eight (they are then in flight), then send SIGTERM.
    const received = () => first.output().split('\n').filter((l) => l.includes('"url":"/api/auth/signup"') && l.includes('incoming request')).length;
    while (received() < 8) await new Promise((r) => setTimeout(r, 5));
    await first.stop();
    expect(first.exitCode()).toBe(0);
    expect(await Promise.all(inFlight)).toEqual(Array(8).fill(201));
    expect(first.output()).toContain('SIGTERM received');

    // Start again on the same data directory: every acknowledged sign-up is there.
    const second = await startServer({ dataDir, needsWeb: false });
    try {
      for (let i = 0; i < 8; i++) {
        const res = await fetch(`${second.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `p${i}@example.org`, password: 'long enough password' }),
        });
        expect(res.status).toBe(200);
      }
      const health = await (await fetch(`${second.url}/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'up', databaseKind: 'pglite' });
    } finally {
      await second.stop();
    }
  });

  it('refuses a second server on the same embedded data folder, which keeps working', async () => {
    const shared = mkdtempSync(path.join(os.tmpdir(), 'klankbord-twice-'));
    const first = await startServer({ dataDir: shared, needsWeb: false });
    try {
      expect(await signup(first.url, 100)).toBe(201);
      // A second start as a user would type it in another terminal (another port, the same DATA_DIR).
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: shared, LOG_LEVEL: 'warn' };
      delete env.DATABASE_URL;
      const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, encoding: 'utf8', timeout: 60_000 });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`The data folder ${shared} is in use by another Klankbord process`);
      expect(second.stderr).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
      const health = await (await fetch(`${first.url}/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'up' });
      expect(await signup(first.url, 101)).toBe(201);
    } finally {
      await first.stop();
    }
    expect(first.exitCode()).toBe(0);
    expect(existsSync(path.join(shared, 'klankbord.pid'))).toBe(false);
    // The folder is free again and holds what the first server stored.
    const again = await startServer({ dataDir: shared, needsWeb: false });
    try {
      const res = await fetch(`${again.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'p101@example.org', password: 'long enough password' }),
      });
      expect(res.status).toBe(200);
    } finally {
      await again.stop();
      rmSync(shared, { recursive: true, force: true });
    }
  });
});
