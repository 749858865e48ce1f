import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { acquireDataDirLock, isAlive, processIdentity } from "./data-dir-lock.mjs";

let dir: string;
let holder: ChildProcess | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "recourse-lock-"));
});
afterEach(async () => {
  holder?.kill("SIGKILL");
  holder = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Another real process takes the lock and keeps it until killed. */
async function lockFromAnotherProcess(): Promise<ChildProcess> {
  const moduleUrl = new URL("./data-dir-lock.mjs", import.meta.url).href;
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const m = await import(${JSON.stringify(moduleUrl)}); const r = await m.acquireDataDirLock(${JSON.stringify(dir)}); console.log(r.ok ? "locked" : "refused"); setInterval(() => {}, 1000);`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) =>
      chunk.toString().includes("locked") ? resolve() : reject(new Error(chunk.toString())),
    );
    child.on("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe("data directory lock", () => {
  test("a second process is refused and told the holder's pid", async () => {
    holder = await lockFromAnotherProcess();
    const second = await acquireDataDirLock(dir);
    expect(second).toEqual({ ok: false, holderPid: holder.pid });
  });

  test("a dead holder's lock is taken over", async () => {
    holder = await lockFromAnotherProcess();
    const deadPid = holder.pid;
    const exited = new Promise((resolve) => holder?.once("exit", resolve));
    holder.kill("SIGKILL");
    await exited;
    const taken = await acquireDataDirLock(dir);
    expect(taken.ok && taken.tookOverFromPid).toBe(deadPid);
    expect(JSON.parse(await readFile(path.join(dir, "recourse.lock"), "utf8")).pid).toBe(process.pid);
    if (taken.ok) await taken.release();
  });

  test("a garbled lock file counts as stale; release frees the directory", async () => {
    await writeFile(path.join(dir, "recourse.lock"), "{half-writ");
    const first = await acquireDataDirLock(dir);
    expect(first.ok).toBe(true);
    if (first.ok) await first.release();
    const again = await acquireDataDirLock(dir);
    expect(again.ok).toBe(true);
    if (again.ok) await again.release();
  });
});

describe("a lock that dies with its holder", () => {
  test("a pid now used by an unrelated, live process does not block", async () => {
    // The lock names this very (live) process's pid, but with another start time: the pid was reused.
    await writeFile(
      path.join(dir, "recourse.lock"),
      JSON.stringify({ pid: process.ppid, startTime: "1", startedAt: "2026-01-01T00:00:00Z" }),
    );
    const taken = await acquireDataDirLock(dir);
    expect(taken.ok && taken.tookOverFromPid).toBe(process.ppid);
    if (taken.ok) await taken.release();
  });

  test("a holder killed with SIGKILL and not yet reaped (a zombie) is already dead: no false refusal", async () => {
    // The holder's parent is `sleep`, which never reaps it: after SIGKILL it stays a zombie,
    // and kill(pid, 0) still succeeds on it — what refused restarts right after a crash.
    const moduleUrl = new URL("./data-dir-lock.mjs", import.meta.url).href;
    const script = `const m = await import(${JSON.stringify(moduleUrl)}); await m.acquireDataDirLock(${JSON.stringify(dir)}); setInterval(() => {}, 1000);`;
    holder = spawn("sh", ["-c", `"${process.execPath}" --input-type=module -e '${script}' & exec sleep 30`], {
      stdio: "ignore",
    });
    const lockPath = path.join(dir, "recourse.lock");
    let deadPid = 0;
    for (let i = 0; i < 100 && !deadPid; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      deadPid = await readFile(lockPath, "utf8").then(
        (text) => JSON.parse(text).pid,
        () => 0,
      );
    }
    process.kill(deadPid, "SIGKILL");
    let state = "";
    for (let i = 0; i < 100 && state !== "Z"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      state = (await readFile(`/proc/${deadPid}/stat`, "utf8")).split(") ")[1]?.[0] ?? "";
    }
    expect(state).toBe("Z");
    const taken = await acquireDataDirLock(dir);
    expect(taken.ok && taken.tookOverFromPid).toBe(deadPid);
    if (taken.ok) await taken.release();
  });

  test("a live holder is recognised by pid and start time", () => {
    expect(isAlive(processIdentity())).toBe(true);
    expect(isAlive({ pid: process.pid, startTime: "0" })).toBe(false);
  });
});
