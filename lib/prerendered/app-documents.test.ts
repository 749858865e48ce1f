import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// app/layout.tsx passes children through, so the prerendered public pages can have a document
// that reads no session or cookie (app/prerendered/[locale]/layout.tsx). Every other page gets
// its <html> from the layout of its top-level segment — a new top-level page without one would
// render with no document at all, and nothing else would notice. (The other direction, a
// request-bound read reaching the prerendered pages, fails `next build`: they are
// `dynamic = "error"`.)
const appDir = path.resolve(import.meta.dirname, "../../app");

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** The nearest directory above `page` (below app/) whose layout renders a document. */
function documentDir(page: string): { dir: string; layout: string } | null {
  for (let dir = path.dirname(page); dir !== appDir; dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (!existsSync(layout)) continue;
    const source = readFileSync(layout, "utf8");
    if (/<(SessionDocument|SiteDocument)\b/.test(source)) return { dir, layout: source };
  }
  return null;
}

describe("every page has a document", () => {
  const all = pages(appDir);

  test("each page is under a layout that renders the document, with an error page inside it", () => {
    expect(all.length).toBeGreaterThan(10);
    const orphans = all.filter((page) => !documentDir(page)).map((page) => path.relative(appDir, page));
    expect(orphans).toEqual([]);
    const withoutErrorPage = all
      .map((page) => documentDir(page)!.dir)
      .filter((dir) => !existsSync(path.join(dir, "error.tsx")))
      .map((dir) => path.relative(appDir, dir));
    expect([...new Set(withoutErrorPage)]).toEqual([]);
  });

  test("per-request documents answer notFound() themselves (there is no app/not-found.tsx)", () => {
    const missing = all
      .map((page) => documentDir(page)!)
      .filter(({ layout, dir }) => layout.includes("<SessionDocument") && !existsSync(path.join(dir, "not-found.tsx")))
      .map(({ dir }) => path.relative(appDir, dir));
    expect([...new Set(missing)]).toEqual([]);
  });
});
