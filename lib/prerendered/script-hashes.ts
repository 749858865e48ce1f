// The inline scripts of a prerendered page, as CSP hash sources. Next writes each page's
// RSC payload into the HTML as inline <script> tags; a page built once cannot carry a
// per-request nonce, so its policy lists these scripts' SHA-256 instead
// (docs/decisions/0018-prerendered-public-pages.md).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(^|\s)src\s*=/i;

/** `'sha256-…'` for every inline script of `html`, in order, without duplicates. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

const loaded = new Map<string, Promise<string[] | null>>();

/**
 * The hash sources of the page `next build` prerendered at `pagePath` (e.g.
 * `/prerendered/en/calculator`), read once per server process; null when there is no such
 * file — `next dev`, or a build without it — and the caller then renders per request.
 */
export function prerenderedScriptHashes(pagePath: string, distDir = defaultDistDir()): Promise<string[] | null> {
  const key = `${distDir}\0${pagePath}`;
  let hashes = loaded.get(key);
  if (!hashes) {
    const file = path.join(distDir, "server", "app", `${pagePath}.html`);
    hashes = readFile(file, "utf8").then(
      (html) => inlineScriptHashes(html),
      () => null,
    );
    loaded.set(key, hashes);
  }
  return hashes;
}

// `next start` and scripts/server.mjs run with the project as the working directory.
function defaultDistDir(): string {
  return path.join(process.cwd(), ".next");
}
