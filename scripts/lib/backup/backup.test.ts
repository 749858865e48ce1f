import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { publish } from "./backup.mjs";
import { BackupError } from "./messages.mjs";

// The last step of a backup gives the finished *.partial file its name. It must never replace a
// file, even one made after the backup started (the early check in createBackup has passed by
// then): link() refuses a taken name itself, so there is no check-then-rename window.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "recourse-publish-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("publish", () => {
  test("a free name: the whole file takes it, the partial name goes", async () => {
    const partial = path.join(dir, "a.backup.partial-1");
    const out = path.join(dir, "a.backup");
    await writeFile(partial, "backup");
    await publish(partial, out);
    expect(await readFile(out, "utf8")).toBe("backup");
    expect(await readdir(dir)).toEqual(["a.backup"]);
  });

  test("a name taken meanwhile: OUT_EXISTS, and the file there is left as it was", async () => {
    const partial = path.join(dir, "b.backup.partial-1");
    const out = path.join(dir, "b.backup");
    await writeFile(partial, "backup");
    await writeFile(out, "someone else's");
    const error = await publish(partial, out).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe("OUT_EXISTS");
    expect(await readFile(out, "utf8")).toBe("someone else's");
  });
});
