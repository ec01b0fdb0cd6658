import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppStartupError } from '../startup-error.js';

/**
 * One process per embedded data folder. PGlite has no lock of its own: a second process that
 * opens the same folder "succeeds" and one side's writes are silently lost.
 *
 * Two guards: the lock directory (created atomically, refreshed while we run, so a crashed
 * process's lock goes stale and is taken over rather than blocking for ever), and the pid of the
 * holder — a lock that only looks stale because its holder's event loop was busy (a long query
 * on a loaded machine) is still refused while that process is alive.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'homeward.lock');
  const pidPath = path.join(dataDir, 'homeward.pid');
  const holder = readPid(pidPath);
  if (holder !== null && holder !== process.pid && isHomewardProcess(holder) && fs.existsSync(lockPath)) throw inUse(dataDir, String(holder));
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: 30_000,
      update: 5_000,
      retries: 0,
      // Our refresh was late (a busy event loop); the pid guard still keeps others out.
      onCompromised: (err) => console.error(`homeward: data folder lock refresh failed (${err.message}); still holding ${dataDir}`),
    });
    fs.writeFileSync(pidPath, String(process.pid));
    return async () => {
      fs.rmSync(pidPath, { force: true });
      await release().catch(() => undefined);
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw inUse(dataDir, String(readPid(pidPath) ?? 'unknown'));
    throw err;
  }
}

function inUse(dataDir: string, pid: string): AppStartupError {
  return new AppStartupError(
    `The data folder ${dataDir} is in use by another Homeward process (pid ${pid}). ` +
      'Only one process may open an embedded database at a time: stop the running server first, ' +
      'or run this command against PostgreSQL with DATABASE_URL.',
  );
}

function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** A live Node process with that pid (a reused pid of another program does not count). */
function isHomewardProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no /proc (not Linux): trust the signal check
  }
}
