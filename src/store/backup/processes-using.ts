import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The other processes that have `path` (or its `-wal` file) open, read from
 * /proc (Linux; only processes this user may look into). Null where /proc
 * cannot tell (another system): the caller cannot know.
 */
export function processesUsing(path: string): number[] | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const main = real(path);
  const targets = new Set([main, `${main}-wal`, `${main}-shm`]);
  const pids: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          pids.push(pid);
          break;
        }
      } catch {
        // The descriptor closed meanwhile.
      }
    }
  }
  return pids;
}
