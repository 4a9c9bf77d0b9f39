import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../src/db/data-dir-lock.ts';
import { openDatabase } from '../src/db/database.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'klankbord-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => mkdtempSync(path.join(root, `d${n++}-`));
const lockFile = (dir: string) => path.join(dir, 'klankbord.pid');

describe('the data folder lock', () => {
  it('holds the folder with this process id, refuses a second claim, and frees it on release', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(lockFile(dir))).toBe(false);
    lockDataDir(dir)();
  });

  it('refuses a folder held by another running process, naming its pid', () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lockFile(dir), `${other.pid}\n`);
      let error: unknown;
      try {
        lockDataDir(dir);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DataDirInUseError);
      expect((error as DataDirInUseError).pid).toBe(other.pid);
      expect((error as Error).message).toContain(`pid ${other.pid}`);
      expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(other.pid)); // left alone
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs, or holding no pid', () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout.trim());
    for (const content of [`${deadPid}\n`, 'not a pid', '']) {
      const dir = freshDir();
      writeFileSync(lockFile(dir), content);
      const release = lockDataDir(dir);
      expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
      release();
    }
  });

  it('is taken by openDatabase for an embedded folder and given back by close()', async () => {
    const dir = freshDir();
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirInUseError);
    await first.close();
    expect(existsSync(lockFile(dir))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});
