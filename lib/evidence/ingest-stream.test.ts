import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { sweepStaleUploads } from "./ingest-stream";

test("temp files a dead process left are swept; fresh ones and other files stay", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "recourse-sweep-"));
  try {
    const now = new Date("2026-11-29T12:00:00Z");
    for (const name of ["upload-old", "upload-fresh", "keep.txt"]) await writeFile(path.join(dir, name), "x");
    const sevenHoursAgo = new Date(now.getTime() - 7 * 3600_000);
    await utimes(path.join(dir, "upload-old"), sevenHoursAgo, sevenHoursAgo);
    await utimes(path.join(dir, "keep.txt"), sevenHoursAgo, sevenHoursAgo);
    await utimes(path.join(dir, "upload-fresh"), now, now);
    expect(await sweepStaleUploads(dir, now)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(["keep.txt", "upload-fresh"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
