import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/errors.ts';

/** The file that marks a PGlite folder as in use; it holds the owning process's pid. */
export const LOCK_FILE = 'malkedja.lock';

/** Lock files this process holds: a lock with our own pid that is not here was left by an earlier process
 * that had the same pid (a container restarted after a crash), so it is stale. */
const held = new Set<string>();

/**
 * PGlite is a database inside one process: a second process on the same folder works on its own copy in
 * memory and one of them overwrites the other's files, so writes are lost without any error. The folder is
 * therefore held by one process at a time, marked by a lock file created exclusively (O_EXCL). A lock whose
 * process is gone (killed, crashed) is stale and taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      const ours = owner === process.pid;
      if (owner !== undefined && (ours ? held.has(file) : isAlive(owner))) throw inUse(dir, file, owner);
      removeQuietly(file);
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    held.add(file);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      held.delete(file);
      process.off('exit', release);
      if (readOwner(file) === process.pid) removeQuietly(file);
    };
    // A process that ends without closing the database (an error, process.exit) still frees the folder.
    process.on('exit', release);
    return release;
  }
  throw inUse(dir, file, readOwner(file));
}

function inUse(dir: string, file: string, pid: number | undefined) {
  const who = pid === process.pid ? 'den här processen' : `en annan Målkedja-process (pid ${pid ?? 'okänd'})`;
  return new AppError(
    'CONFLICT',
    `Databasmappen ${dir} används redan av ${who}, till exempel en server som körs (malkedja serve). ` +
      'Två processer på samma mapp skulle skriva över varandras ändringar. Stoppa servern först, eller gör ' +
      'importen genom den körande servern: importsidan i webbgränssnittet eller POST /api/v1/imports. ' +
      `Körs ingen annan process på mappen, ta bort filen ${file} och försök igen.`,
    { dataDir: dir, pid },
  );
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 only asks whether the process exists; EPERM means it exists but belongs to someone else. */
function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch {
    // Already gone: another process took the stale lock over first, which the next attempt will see.
  }
}
