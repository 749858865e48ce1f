import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { ALL_KINDS_RULES, CASE_KINDS, computeDeadlines, type DeadlineRule } from "@/lib/deadlines";
import { RULE_CATALOG, rulesForKind } from "./catalog";
import { KINDS } from "./index";

// The claim of docs/decisions/0022: a kind's rules and first steps live in its module, the
// engine reads them only as handed in from the registry, and a seventh kind touches the files
// the ADR lists. These tests read the source tree so that a new per-kind list elsewhere fails
// here until the ADR (and this allowlist) say so.

const ROOT = join(__dirname, "../..");
const KIND_NAMES = CASE_KINDS.join("|");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !/\.(test|spec)\.|test-utils\.ts$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("a kind's rules and first steps come from its module, through KINDS only", () => {
  test.each(CASE_KINDS)("%s supplies its rules and first steps", (kind) => {
    const mod = KINDS[kind];
    expect(mod.rules.length).toBeGreaterThan(0);
    for (const rule of mod.rules) expect(rule.kind).toBe(kind);
    expect(rulesForKind(kind)).toEqual([...mod.rules, ...ALL_KINDS_RULES]);
    expect(mod.steps.length).toBeGreaterThan(0);
    const own = new Set(mod.rules.map((r) => r.id));
    for (const step of mod.steps) if (step.ruleId) expect(own.has(step.ruleId), step.id).toBe(true);
  });

  test("the catalog is exactly the modules' rules plus the all-kinds ones", () => {
    expect(RULE_CATALOG).toEqual([...CASE_KINDS.flatMap((k) => KINDS[k].rules), ...ALL_KINDS_RULES]);
  });

  test("the engine names no kind's rule and imports nothing outside lib/deadlines but date text", () => {
    const engine = sourceFiles("lib/deadlines");
    expect(engine.length).toBeGreaterThan(10);
    const ownIds = RULE_CATALOG.filter((r) => r.kind !== "ALL").map((r) => r.id);
    for (const file of engine) {
      const text = read(file);
      for (const id of ownIds) expect(text.includes(`"${id}"`), `${file} names ${id}`).toBe(false);
      for (const [, from = ""] of text.matchAll(/from "([^"]+)"/g)) {
        // Pure date formatting is the one outside import (the derivation texts' dates).
        if (from === "@/lib/i18n/format-date") continue;
        const outside =
          from.startsWith("@/") ||
          (from.startsWith(".") && relative("lib/deadlines", join(file, "..", from)).startsWith(".."));
        expect(outside, `${file} imports ${from}`).toBe(false);
      }
    }
  });

  test("the engine computes a rule it has never seen, as handed in (a seventh kind's)", () => {
    const newRule: DeadlineRule = {
      ...KINDS.FRAUD.rules[0]!,
      id: "seventh.report",
      window: { clock: "HOURS", min: 12, max: 12 },
    };
    const [d] = computeDeadlines(
      [newRule],
      { kind: "FRAUD" },
      [{ type: "FRAUD_DISCOVERED", occurredAt: new Date("2026-03-10T12:00:00Z") }],
      new Date("2026-03-10T13:00:00Z"),
    );
    expect(d?.ruleId).toBe("seventh.report");
    expect(d?.status !== "not_applicable" && d?.latest.toISOString()).toBe("2026-03-11T00:00:00.000Z");
  });

  test("only the files docs/decisions/0022 lists name a kind outside its own module", () => {
    const naming = ["app", "components", "lib", "scripts"]
      .flatMap(sourceFiles)
      .filter((file) => !OWN_MODULE.test(file) && NAMES_A_KIND.test(read(file)))
      .sort();
    expect(naming).toEqual([...MUST_TOUCH, ...MAY_TOUCH].sort());
    const adr = read("docs/decisions/0022-one-module-per-kind.md");
    for (const file of [...MUST_TOUCH, ...MAY_TOUCH]) expect(adr, file).toContain(`\`${file}\``);
  });
});

const OWN_MODULE = new RegExp(
  `^lib/kinds/(${CASE_KINDS.map((k) => k.toLowerCase().replaceAll("_", "-")).join("|")})\\.ts$`,
);
/** A kind's name as a string, or as the key of a table (`FRAUD: …`, `FRAUD,`). */
const NAMES_A_KIND = new RegExp(`"(${KIND_NAMES})"|^\\s+(${KIND_NAMES})[,:]`, "m");

/** Every kind has an entry or a branch here: a seventh kind must edit them (the compiler lists them). */
const MUST_TOUCH = [
  "lib/deadlines/case-input.ts",
  "lib/kinds/index.ts",
  "lib/cases/schema.ts",
  "lib/cases/stored-facts.ts",
  "lib/first-aid/answers.ts",
  "components/cases/case-fields.tsx",
];
/** Named for that kind's own behaviour (a letter paragraph, the crime kinds' hotlines): a new kind may join. */
const MAY_TOUCH = [
  "app/(app)/cases/[id]/page.tsx",
  "components/first-aid/first-aid-form.tsx",
  "lib/db/generated/enums.ts",
  "lib/deadlines/catalog/advice.ts",
  "lib/kinds/contacts.ts",
  "lib/letters/fields.ts",
  "lib/letters/templates/court-preservation.ts",
  "lib/letters/templates/cs-appeal.ts",
  "lib/letters/templates/platform-complaint.ts",
  "lib/letters/templates/police.ts",
  "scripts/bench-bundle.run.ts",
  "scripts/bench-deadlines.ts",
  "scripts/bench-reminders.ts",
  "scripts/lib/bench-seed.mts",
];
