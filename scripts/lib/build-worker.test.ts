import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { buildWorker, HEAVY_BUNDLE, HEAVY_PDF_BUNDLE, WORKER_BUNDLE, WORKER_DIR } from "./build-worker.mjs";

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

test("the pool's tasks load React-PDF only on a thread's first PDF", async () => {
  const heavy = imports(await readFile(HEAVY_BUNDLE, "utf8"));
  expect(heavy.statics).toContain("tinypool");
  expect(heavy.statics).not.toContain("@react-pdf/renderer");
  const pdf = imports(await readFile(HEAVY_PDF_BUNDLE, "utf8"));
  expect(pdf.statics).toContain("@react-pdf/renderer");
});

test("no esbuild service process outlives the build", async () => {
  expect(await childrenNamed("esbuild")).toEqual([]);
});
