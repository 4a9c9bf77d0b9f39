import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One process at a time on an embedded database folder. PGlite, unlike a PostgreSQL server (postmaster.pid),
 * does not refuse a second process on the same files: two `npm start`s on one DATA_DIR both open it, and
 * their WAL and control files end up from two database systems, after which neither starts again ("could
 * not locate a valid checkpoint record"). So the app claims the folder first with a lock file holding its
 * process id, created atomically (O_EXCL), and removes it when it closes the database or exits. A lock left
 * by a process that no longer runs (a crash, a power cut, a container restarted) is taken over.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`The data folder ${dir} is in use by another Klankbord process (pid ${pid}). Stop that one first, or start this one with another DATA_DIR.`);
  }
}

const LOCK_FILE = 'klankbord.pid';
/** Folders this process holds: a second open in the same process is refused too. */
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null; // removed in between, or unreadable: stale
  }
}

function unlinkQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Claims `dir` (which must exist) for this process; returns the release. Throws DataDirInUseError. */
export function lockDataDir(dir: string): () => void {
  const resolved = path.resolve(dir);
  const file = path.join(resolved, LOCK_FILE);
  if (held.has(resolved)) throw new DataDirInUseError(resolved, process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw err;
    }
    const pid = readPid(file);
    // Our own pid in a file we do not hold: a previous process that had the same pid (containers start at 1).
    if (pid !== null && pid !== process.pid && isRunning(pid)) throw new DataDirInUseError(resolved, pid);
    unlinkQuietly(file);
  }
  held.add(resolved);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(resolved);
    process.off('exit', release);
    if (readPid(file) === process.pid) unlinkQuietly(file);
  };
  // An exit without closing the database (process.exit, an uncaught error) still frees the folder.
  process.on('exit', release);
  return release;
}
