import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, test } from "vitest";

// The layer rules and the switch check of eslint.config.mjs (ADR 0032), run on files that break
// them on purpose (tests/lint/fixtures mirrors the tree; `npm run lint` ignores it).
const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = (path: string) => `tests/lint/fixtures/${path}`;

let results: Map<string, Array<{ ruleId: string | null; message: string }>>;

beforeAll(async () => {
  const eslint = new ESLint({ cwd: root, ignore: false });
  const linted = await eslint.lintFiles([fixture("**/*.ts"), fixture("**/*.tsx")]);
  results = new Map(linted.map((r) => [r.filePath.slice(root.length), r.messages]));
}, 240_000);

const errors = (path: string) => {
  const messages = results.get(fixture(path));
  if (!messages) throw new Error(`${path} was not linted`);
  return messages.map((m) => `${m.ruleId}: ${m.message.split(" (ADR")[0]}`);
};

describe("eslint.config.mjs keeps the layers pointing down", () => {
  test("a component importing app/ fails", () => {
    expect(errors("components/upward-import.tsx")).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: '@\/app\/actions' import is restricted.*pass server actions in as props/,
      ),
    ]);
  });

  test("lib importing components/ or scripts/ fails", () => {
    expect(errors("lib/cases/upward-import.ts")).toEqual([
      expect.stringMatching(/^no-restricted-imports: '@\/components\/ui\/field'.*lib\/ is below components\//),
      expect.stringMatching(/^no-restricted-imports: '@\/scripts\/lib\/data-dir\.mjs'.*lib\/ is below scripts\//),
    ]);
  });

  test("lib importing app/ fails, by alias or by a relative path", () => {
    expect(errors("lib/cases/app-import.ts")).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: '@\/app\/\(app\)\/cases\/actions' import is restricted.*Only app\//,
      ),
      expect.stringMatching(/^no-restricted-imports: '(\.\.\/){5}app\/actions' import is restricted.*Only app\//),
    ]);
  });

  test("a pure module importing server-only, node:fs or the database fails", () => {
    const found = errors("lib/deadlines/server-import.ts");
    expect(found).toHaveLength(3);
    for (const specifier of ["server-only", "node:fs", "@/lib/db"]) {
      expect(found).toContainEqual(expect.stringContaining(`'${specifier}' import is restricted`));
    }
  });

  test("a switch that leaves members of its union to the default fails", () => {
    expect(errors("lib/deadlines/missing-case.ts")).toEqual([
      expect.stringMatching(
        /^@typescript-eslint\/switch-exhaustiveness-check: Switch is not exhaustive\. Cases not matched: .*"lapsed"/,
      ),
    ]);
  });

  test("a stray process.env read outside lib/env.ts fails", () => {
    expect(errors("lib/cases/stray-env.ts")).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*Read settings through lib\/env\.ts/),
    ]);
  });

  test("a class extending Error outside lib/errors fails", () => {
    const extendAppError = /^no-restricted-syntax: Extend AppError \(lib\/errors\), not Error/;
    expect(errors("lib/cases/plain-error.ts")).toEqual([
      expect.stringMatching(extendAppError),
      expect.stringMatching(extendAppError),
    ]);
  });

  test("the same shapes done right pass", () => {
    expect(errors("lib/deadlines/allowed.ts")).toEqual([]);
  });
});
