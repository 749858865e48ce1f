import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import zhCN from "@/lib/i18n/messages/zh-CN.json";
import { DOCUMENT_NAMESPACES, pickMessages } from "./client-messages";
import { ROOT, clientNeeds, messagePathsIn, routeFiles } from "./testing/client-graph";

// Every client component's messages must reach it: a page that leaves one out would show the
// key instead of the text. And only those: the provider's messages are inlined into the page.

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** The literal lists of a file's <ClientMessages namespaces={[…]}> (and of a named const it passes). */
function declaredIn(code: string): string[] {
  const lists = [...code.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].map((m) => m[1] ?? "");
  for (const m of code.matchAll(/<ClientMessages\s+namespaces=\{(\w+)\}/g)) {
    const constant = new RegExp(`const ${m[1]}\\b[^=]*=\\s*\\[([^\\]]*)\\]`).exec(code);
    lists.push(constant?.[1] ?? `"<${m[1]} not found>"`);
  }
  return lists.flatMap((list) => [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1] ?? ""));
}

/** The document's provider: the prerendered layout's list for the prerendered pages, else SessionDocument's. */
function documentNamespaces(file: string): string[] {
  if (file === path.join("app", "layout.tsx")) return [];
  if (!file.startsWith(path.join("app", "prerendered"))) return [...DOCUMENT_NAMESPACES];
  const layout = read(path.join("app", "prerendered", "[locale]", "layout.tsx"));
  const list = /const CLIENT_NAMESPACES = \[([^\]]*)\]/.exec(layout)?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
}

const covers = (provided: readonly string[], key: string) => provided.some((p) => key === p || key.startsWith(`${p}.`));

describe("client messages", () => {
  const routes = routeFiles();

  it.each(routes)(
    "%s provides every message its client components can ask for, and no namespace they do not",
    (file) => {
      const needs = clientNeeds(path.join(ROOT, file));
      const own = declaredIn(read(file));
      const provided = [...documentNamespaces(file), ...own];
      const missing = [...needs.paths].filter((key) => !covers(provided, key)).sort();
      expect(missing, `${file}: add to its <ClientMessages namespaces>`).toEqual([]);
      const unused = own.filter((p) => ![...needs.paths].some((key) => covers([p], key) || covers([key], p)));
      expect(unused, `${file}: declared but no client component under it uses them`).toEqual([]);
    },
  );

  it("every top-level layout but the prerendered one renders SessionDocument (its provider is DOCUMENT_NAMESPACES)", () => {
    const layouts = routes.filter((f) => /^app\/[^/]+\/layout\.tsx$/.test(f) && !f.startsWith("app/prerendered/"));
    expect(layouts.length).toBeGreaterThan(4);
    for (const layout of layouts) expect(read(layout), layout).toMatch(/<SessionDocument>/);
  });

  it("finds what a client file translates: scoped hooks, literal keys, template heads; not look-alike strings", () => {
    const code = `"use client";
      const t = useTranslations("bills.ui"); const r = useTranslations();
      r("workspace.note"); r(\`cases.kinds.\${kind}\`); const file = "errors.ts"; const v = "1.2";`;
    expect([...messagePathsIn(code)].sort()).toEqual(["bills.ui", "cases.kinds", "workspace.note"]);
  });

  it("pickMessages keeps only the named namespaces and sub-paths, nested as in the catalog", () => {
    const picked = pickMessages(zhCN, ["common", "workspace.state", "nope.nothing"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "workspace"]);
    expect(picked.workspace).toEqual({ state: zhCN.workspace.state });
    expect(picked.common).toBe(zhCN.common);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(zhCN).length / 5);
  });
});
