import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SOURCES } from "./sources";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const sourcesMd = read("docs/domain/sources.md");

describe("citations resolve inside the repository", () => {
  test.each(Object.entries(SOURCES))("%s is listed in docs/domain/sources.md in both languages", (_, source) => {
    expect(sourcesMd).toContain(source["zh-CN"]);
    expect(sourcesMd).toContain(source.en);
  });
  test("README and docs point nowhere outside the repository", () => {
    const docs = readdirSync(new URL("docs", root), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`);
    expect(docs).toContain("docs/domain/deadline-rules.md");
    const outside = ["README.md", ...docs].filter((path) => read(path).includes("../shared"));
    expect(outside).toEqual([]);
  });
});
