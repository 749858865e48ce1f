// One process serves a data directory at a time: PGlite is a single-process
// database, and two writers on the same files would corrupt them.
import { link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

function isAlive(pid) {
  // kill(-1 or 0, …) would address a whole process group, not one holder.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still a live holder.
    return error.code === "EPERM";
  }
}

async function readHolder(lockPath) {
  try {
    const holder = JSON.parse(await readFile(lockPath, "utf8"));
    return Number.isInteger(holder.pid) ? holder : { pid: -1 };
  } catch (error) {
    if (error.code === "ENOENT") return null;
    return { pid: -1 }; // unreadable or half-written: treat as stale
  }
}

/**
 * @param {string} dataDir
 * @returns {Promise<{ ok: true, release: () => Promise<void>, tookOverFromPid?: number } | { ok: false, holderPid: number }>}
 */
export async function acquireDataDirLock(dataDir) {
  const lockPath = path.join(dataDir, "recourse.lock");
  const mine = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  // Write the full record first, then link it into place: link() fails if the
  // lock exists, so the lock file is never seen half-written.
  const draft = `${lockPath}.${process.pid}.tmp`;
  await writeFile(draft, mine, { mode: 0o644 });
  let tookOverFromPid;
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(draft, lockPath);
        const release = async () => {
          const holder = await readHolder(lockPath);
          if (holder?.pid === process.pid) await unlink(lockPath);
        };
        return { ok: true, release, tookOverFromPid };
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const holder = await readHolder(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) return { ok: false, holderPid: holder.pid };
      // Stale: its holder died without releasing it. Move it aside (atomic), retry.
      tookOverFromPid = holder?.pid;
      await rename(lockPath, `${lockPath}.stale`).catch((error) => {
        if (error.code !== "ENOENT") throw error;
      });
    }
    const holder = await readHolder(lockPath);
    return { ok: false, holderPid: holder?.pid ?? -1 };
  } finally {
    await unlink(draft).catch(() => {});
  }
}
