import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { inlineScriptHashes, prerenderedScriptHashes } from "./script-hashes";

// Expected values from `printf '<body>' | openssl dgst -sha256 -binary | base64`.
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const PUSH = "'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='"; // self.__next_f.push([0])

describe("inline script hashes", () => {
  test("every inline script's exact text, once each; script files are left to 'self'", () => {
    const html = [
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
      '<script async src="/_next/static/chunks/b.js"></script>',
      '<script noModule="" src="/_next/static/chunks/polyfills.js"></script>',
      "</head><body><script>self.__next_f.push([0])</script>",
      '<script id="_R_"></script>',
      "<SCRIPT>self.__next_f.push([0])</SCRIPT >",
      "</body></html>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([PUSH, EMPTY]);
  });

  test("a page without inline scripts needs no hash", () => {
    expect(inlineScriptHashes('<p>no scripts</p><script src="/x.js"></script>')).toEqual([]);
  });
});

describe("a prerendered page's hashes, read from the build", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test("read from <distDir>/server/app/<page>.html; no file, no hashes", async () => {
    const distDir = await mkdtemp(path.join(os.tmpdir(), "recourse-prerendered-"));
    dirs.push(distDir);
    await mkdir(path.join(distDir, "server", "app", "prerendered", "en"), { recursive: true });
    await writeFile(
      path.join(distDir, "server", "app", "prerendered", "en", "calculator.html"),
      "<script>self.__next_f.push([0])</script>",
    );
    expect(await prerenderedScriptHashes("/prerendered/en/calculator", distDir)).toEqual([PUSH]);
    expect(await prerenderedScriptHashes("/prerendered/zh-CN/calculator", distDir)).toBeNull();
  });
});
