import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

// The proof that message keys are typed (ADR 0033): the compiler itself, run on a fixture whose
// wrong keys are marked. Without next-intl's AppConfig (types/next-intl.d.ts) t() takes any
// string and only the locale line would fail.
const FIXTURE = path.resolve(__dirname, "typecheck-fixture");
const SOURCE = path.join(FIXTURE, "message-keys.tsx");

describe("a wrong message key fails the typecheck", () => {
  test("exactly the lines marked WRONG in the fixture are errors", { timeout: 180_000 }, async () => {
    const tsc = path.resolve(__dirname, "../../node_modules/typescript/bin/tsc");
    const run = await promisify(execFile)(process.execPath, [tsc, "--noEmit", "-p", FIXTURE], {
      maxBuffer: 16 * 2 ** 20,
    }).then(
      () => ({ code: 0, stdout: "" }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    const failing = [...run.stdout.matchAll(/message-keys\.tsx\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1]));
    const marked = readFileSync(SOURCE, "utf8")
      .split("\n")
      .flatMap((line, i) => (/\bWRONG\b/.test(line) && !line.trimStart().startsWith("//") ? [i + 1] : []));

    expect(run.code).not.toBe(0);
    expect(marked.length).toBeGreaterThanOrEqual(8);
    expect([...new Set(failing)].sort((a, b) => a - b)).toEqual(marked);
    // Nothing else in the fixture project broke (a missing module would also be "an error").
    expect(run.stdout.split("\n").filter((l) => l.includes("error TS") && !l.includes("message-keys.tsx"))).toEqual([]);
  });
});
