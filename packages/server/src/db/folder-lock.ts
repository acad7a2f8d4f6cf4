import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Raised when another process has the PGlite data folder open. */
export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  readonly folder: string;
  constructor(folder: string, pid: number) {
    super(
      `Thư mục dữ liệu ${folder} đang được tiến trình ${pid} sử dụng; mỗi thư mục chỉ một tiến trình mở được. ` +
        `Hãy dừng tiến trình đó, hoặc dùng PostgreSQL (CQTT_DATABASE_URL) để chạy nhiều phiên bản. / ` +
        `The data folder ${folder} is in use by process ${pid}; only one process may open it. Stop that process, ` +
        `or use PostgreSQL (CQTT_DATABASE_URL) to run several instances.`,
    );
    this.folder = folder;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the folder's lock: creates `cqtt.lock` in it, holding this process's id, or fails if another living process
 * holds it. A lock left by a process that died (a crash, a kill -9) is taken over. Returns `release`.
 * PGlite itself takes no lock, and a second process writing the same folder loses its writes silently.
 * @throws {DataFolderInUseError}
 */
export function lockDataFolder(folder: string): () => void {
  const lockFile = join(folder, 'cqtt.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(lockFile);
      if (pid !== undefined && alive(pid)) throw new DataFolderInUseError(folder, pid);
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataFolderInUseError(folder, holder(lockFile) ?? 0);
}

/**
 * Opens what lives in `dataDir` while holding its lock: `open` gets the lock's `release`, to call when it closes.
 * `memory://` has no folder and no lock. The lock is released when `open` fails.
 * @throws {DataFolderInUseError}
 */
export async function openLockedFolder<T>(dataDir: string, open: (release: () => void) => Promise<T>): Promise<T> {
  if (dataDir.startsWith('memory://')) return open(() => undefined);
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataFolder(dataDir);
  try {
    return await open(release);
  } catch (error) {
    release();
    throw error;
  }
}
