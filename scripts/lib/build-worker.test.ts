import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { buildWorker, KEEP_BUILDS, pruneChunks, WORKER_BUNDLE, WORKER_DIR } from "./build-worker.mjs";

/** Static `import … from "x"` / `import "x"` specifiers, and dynamic `import("x")` ones, of a module's text. */
function imports(code: string) {
  const statics = [...code.matchAll(/^import\s+(?:[^"']*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  return { statics, dynamics };
}

async function childrenNamed(name: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
    if (new RegExp(`^PPid:\\s+${process.pid}$`, "m").test(status) && new RegExp(`^Name:\\s+${name}$`, "m").test(status))
      found.push(Number(entry));
  }
  return found;
}

beforeAll(async () => {
  await buildWorker();
}, 60_000);

test("the worker's entry does not load React Email; the chunk it imports on the first email does", async () => {
  const entry = imports(await readFile(WORKER_BUNDLE, "utf8"));
  expect(entry.statics).toContain("@prisma/adapter-pg");
  // Nothing the entry loads at start may pull in React Email, directly or through a shared chunk.
  const eager = new Set<string>();
  const visit = async (file: string) => {
    for (const spec of imports(await readFile(file, "utf8")).statics) {
      if (!spec?.startsWith(".")) {
        eager.add(spec ?? "");
        continue;
      }
      await visit(path.resolve(path.dirname(file), spec));
    }
  };
  await visit(WORKER_BUNDLE);
  expect([...eager]).not.toContain("@react-email/components");

  const lazy = entry.dynamics.filter((spec) => spec?.startsWith("./chunks/render-reminder-email-"));
  expect(lazy).toHaveLength(1);
  const chunk = path.join(WORKER_DIR, lazy[0] ?? "");
  const reachable = new Set<string>();
  const walk = async (file: string) => {
    for (const spec of imports(await readFile(file, "utf8")).statics) {
      if (spec?.startsWith(".")) await walk(path.resolve(path.dirname(file), spec));
      else reachable.add(spec ?? "");
    }
  };
  await walk(chunk);
  expect(reachable).toContain("@react-email/components");
});

test("no esbuild service process outlives the build", async () => {
  expect(await childrenNamed("esbuild")).toEqual([]);
});

test("chunks no recent build names are pruned; the newest builds' chunks stay", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "worker-chunks-"));
  await mkdir(path.join(dir, "chunks"));
  await mkdir(path.join(dir, "builds"));
  const build = async (stamp: string, chunks: string[]) => {
    await writeFile(path.join(dir, "builds", `${stamp}-1.json`), JSON.stringify(chunks));
    for (const chunk of chunks) await writeFile(path.join(dir, "chunks", chunk), "export {};");
  };
  await writeFile(path.join(dir, "chunks", "from-before-lists-AAAA.mjs"), "export {};");
  await build("001", ["render-1111.mjs", "shared-1111.mjs"]);
  await build("002", ["render-2222.mjs", "shared-1111.mjs"]);
  await build("003", ["render-3333.mjs", "shared-3333.mjs"]);

  const removed = await pruneChunks(dir, 2);

  expect(removed.sort()).toEqual(["from-before-lists-AAAA.mjs", "render-1111.mjs"]);
  expect((await readdir(path.join(dir, "chunks"))).sort()).toEqual([
    "render-2222.mjs",
    "render-3333.mjs",
    "shared-1111.mjs",
    "shared-3333.mjs",
  ]);
  expect(await readdir(path.join(dir, "builds"))).toEqual(["002-1.json", "003-1.json"]);
  await rm(dir, { recursive: true, force: true });
});

test("the build records its chunks, and every chunk left is one a kept build names", async () => {
  const lists = (await readdir(path.join(WORKER_DIR, "builds"))).sort();
  expect(lists.length).toBeGreaterThan(0);
  expect(lists.length).toBeLessThanOrEqual(KEEP_BUILDS);
  const named = new Set<string>();
  for (const list of lists) {
    for (const chunk of JSON.parse(await readFile(path.join(WORKER_DIR, "builds", list), "utf8")) as string[]) {
      named.add(chunk);
    }
  }
  for (const chunk of await readdir(path.join(WORKER_DIR, "chunks"))) expect(named).toContain(chunk);
});
