// One process serves a data directory at a time: PGlite is a single-process
// database, and two writers on the same files would corrupt them.
//
// The lock file names its holder by pid *and* the kernel's start time for that pid
// (/proc/<pid>/stat, field 22). A holder counts as alive only while a process with
// that pid exists, is not a zombie, and started at that same moment — so a lock
// left by a crashed launcher is taken over at once (even while its parent has not
// yet reaped it), and a pid later reused by an unrelated process does not block.
import { readFileSync } from "node:fs";
import { link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { errnoCode } from "./errno.mjs";

/**
 * @param {number} pid
 * @returns {{ startTime: string | null, zombie: boolean } | null} null: no such process or no /proc
 */
function procStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { startTime: rest[19] ?? null, zombie: rest[0] === "Z" || rest[0] === "X" };
  } catch {
    return null;
  }
}

const hasProc = procStat(process.pid) !== null;

/** @typedef {{ pid: number, startTime?: string | null }} Holder */

/**
 * This process's identity as written into the lock.
 * @returns {{ pid: number, startTime: string | null }}
 */
export function processIdentity(pid = process.pid) {
  return { pid, startTime: hasProc ? (procStat(pid)?.startTime ?? null) : null };
}

/** @param {Holder} holder */
export function isAlive(holder) {
  const pid = holder.pid;
  // kill(-1 or 0, …) would address a whole process group, not one holder.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (hasProc) {
    const stat = procStat(pid);
    if (!stat || stat.zombie) return false;
    // A lock written before start times were recorded: fall back to the pid alone.
    return holder.startTime == null || holder.startTime === stat.startTime;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still a live holder.
    return errnoCode(error) === "EPERM";
  }
}

/** @param {string} lockPath @returns {Promise<Holder | null>} */
async function readHolder(lockPath) {
  try {
    /** @type {unknown} */
    const holder = JSON.parse(await readFile(lockPath, "utf8"));
    if (typeof holder !== "object" || holder === null || !("pid" in holder) || !Number.isInteger(holder.pid)) {
      return { pid: -1 };
    }
    const startTime = "startTime" in holder && typeof holder.startTime === "string" ? holder.startTime : null;
    return { pid: Number(holder.pid), startTime };
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    return { pid: -1 }; // unreadable or half-written: treat as stale
  }
}

/**
 * @param {string} dataDir
 * @returns {Promise<{ ok: true, release: () => Promise<void>, tookOverFromPid?: number } | { ok: false, holderPid: number }>}
 */
export async function acquireDataDirLock(dataDir) {
  const lockPath = path.join(dataDir, "recourse.lock");
  const me = processIdentity();
  const mine = JSON.stringify({ ...me, startedAt: new Date().toISOString() });
  // Write the full record first, then link it into place: link() fails if the
  // lock exists, so the lock file is never seen half-written.
  const draft = `${lockPath}.${process.pid}.tmp`;
  await writeFile(draft, mine, { mode: 0o600 });
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
        if (errnoCode(error) !== "EEXIST") throw error;
      }
      const holder = await readHolder(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder)) return { ok: false, holderPid: holder.pid };
      // Stale: its holder died without releasing it. Move it aside (atomic), retry.
      tookOverFromPid = holder?.pid;
      await rename(lockPath, `${lockPath}.stale`).catch((error) => {
        if (errnoCode(error) !== "ENOENT") throw error;
      });
    }
    const holder = await readHolder(lockPath);
    return { ok: false, holderPid: holder?.pid ?? -1 };
  } finally {
    await unlink(draft).catch(() => {});
  }
}
