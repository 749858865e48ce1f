import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { explainDataDirError, prepareDataDir } from "./data-dir.mjs";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "recourse-datadir-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe("the data directory", () => {
  test("is created 0700, and files already in it are tightened to 0600 (dirs 0700)", async () => {
    const fresh = path.join(root, "a", "data");
    expect(await prepareDataDir(fresh)).toEqual({ ok: true });
    expect(await mode(fresh)).toBe(0o700);

    const old = path.join(root, "old");
    await mkdir(path.join(old, "pglite", "base"), { recursive: true, mode: 0o777 });
    await writeFile(path.join(old, "pglite", "base", "1259"), "x", { mode: 0o666 });
    await chmod(path.join(old, "pglite", "base", "1259"), 0o666);
    await chmod(old, 0o755);
    expect(await prepareDataDir(old)).toEqual({ ok: true });
    expect(await mode(old)).toBe(0o700);
    expect(await mode(path.join(old, "pglite", "base"))).toBe(0o700);
    expect(await mode(path.join(old, "pglite", "base", "1259"))).toBe(0o600);
  });

  test("a file where the directory should be gets a clear message, not EEXIST/ENOTDIR", async () => {
    const file = path.join(root, "data");
    await writeFile(file, "not a directory");
    expect(await prepareDataDir(file)).toEqual({
      ok: false,
      message: `DATA_DIR ${file} (or a folder above it) is a file, not a directory. Set DATA_DIR to a directory.`,
    });
    const below = path.join(file, "deeper", "data");
    const result = await prepareDataDir(below);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("is a file, not a directory");
  });

  test("read-only and permission errors are explained in words", () => {
    expect(explainDataDirError("/srv/data", { code: "EROFS" })).toBe(
      "The data directory /srv/data is on a read-only file system. Set DATA_DIR to a writable directory.",
    );
    expect(explainDataDirError("/srv/data", { code: "EACCES" })).toContain("No permission to write");
    expect(explainDataDirError("/srv/data", { code: "ENOENT" })).toContain("a folder above it is missing");
  });
});
