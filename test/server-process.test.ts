import { mkdtempSync, rmSync } from 'node:fs';
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
});
