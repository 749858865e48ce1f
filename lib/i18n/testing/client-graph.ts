// What the client components under a route file translate, read from the source (no build):
// the import graph from the file; the files at and below a "use client" boundary; and, for the
// server actions the route reaches, the files that make their result codes (the forms translate
// those keys in the browser). Over-approximates: any "ns.key" string that names a message counts,
// so a key a client component needs is never left out. client-namespaces.test.ts uses it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zhCN from "@/lib/i18n/messages/zh-CN.json";

export const ROOT = path.resolve(__dirname, "../../..");
const EXTENSIONS = [".tsx", ".ts", ".mts", ".mjs", "/index.tsx", "/index.ts"];

function resolveImport(spec: string, from: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package: its messages are not ours
  if (/\.(tsx?|mts)$/.test(base) && existsSync(base)) return base;
  const bare = base.replace(/\.m?js$/, "");
  for (const ext of EXTENSIONS) if (existsSync(bare + ext)) return bare + ext;
  return null;
}

/** Module specifiers a file loads at run time (type-only imports and exports load nothing). */
export function runtimeImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    if (!m[1]) found.push(m[2] ?? "");
  }
  for (const m of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1] ?? "");
  return found;
}

const directive = (code: string, name: string) =>
  new RegExp(`^\\s*(?:(?://[^\\n]*|/\\*[\\s\\S]*?\\*/)\\s*)*["']use ${name}["']`).test(code);

/** A message path that exists in the catalog (a leaf or a subtree): "workspace.state". */
function isMessagePath(key: string): boolean {
  let node: unknown = zhCN;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * The message paths a file's text can translate: what useTranslations("a.b") scopes to, every
 * "a.b.c" literal, and the fixed head of every `a.b.${…}` template (keys passed around as data).
 */
export function messagePathsIn(code: string): Set<string> {
  const used = new Set<string>();
  for (const m of code.matchAll(/useTranslations\(\s*["']([\w.-]+)["']\s*\)/g)) used.add(m[1] ?? "");
  for (const m of code.matchAll(/["']([A-Za-z]\w*(?:\.[\w-]+)+)["']/g)) used.add(m[1] ?? "");
  for (const m of code.matchAll(/`([A-Za-z]\w*(?:\.[\w-]+)*)\.\$\{/g)) used.add(m[1] ?? "");
  return new Set([...used].filter(isMessagePath));
}

/** A server-side file that turns refusals into keys a form shows: an action, an error class, a result helper. */
const makesResultCodes = (code: string) =>
  directive(code, "server") || /messageKey|userMessageKey|\bfailure\(|actionFailure|extends \w*Error\b/.test(code);

export type ClientNeeds = { clientFiles: string[]; resultFiles: string[]; paths: Set<string> };

/** What the browser may translate below `entry`: its client files, the files making action results, their keys. */
export function clientNeeds(entry: string): ClientNeeds {
  const seen = new Map<string, "server" | "action" | "client">();
  const rank = { server: 0, action: 1, client: 2 } as const;
  const visit = (file: string, side: "server" | "action" | "client") => {
    const code = readFileSync(file, "utf8");
    // An action imported by a client component still runs on the server: its code is not the browser's.
    const here = directive(code, "client") ? "client" : directive(code, "server") ? "action" : side;
    const before = seen.get(file);
    if (before && rank[before] >= rank[here]) return;
    seen.set(file, here);
    for (const spec of runtimeImports(code)) {
      const next = resolveImport(spec, file);
      if (next) visit(next, here);
    }
  };
  visit(entry, "server");
  const clientFiles = [...seen].filter(([, side]) => side === "client").map(([file]) => file);
  const resultFiles = [...seen]
    .filter(([file, side]) => side === "action" && makesResultCodes(readFileSync(file, "utf8")))
    .map(([file]) => file);
  const paths = new Set<string>();
  for (const file of [...clientFiles, ...resultFiles])
    for (const p of messagePathsIn(readFileSync(file, "utf8"))) paths.add(p);
  return { clientFiles, resultFiles, paths };
}

/** The route files under app/ (pages, layouts, error and not-found pages), relative to the root. */
export function routeFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/^(page|layout|error|not-found)\.tsx$/.test(entry.name)) files.push(rel);
    }
  };
  walk("app");
  return files.sort();
}
