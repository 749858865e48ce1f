import { fileURLToPath } from "node:url";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Layers point down (ADR 0032): app → components → lib; scripts (the launcher) may use lib.
// Each entry is a regex over the import specifier; "@/" and relative paths that climb to the
// repository root are both caught (`../../app/…` from components/x/ is app).
/** @param {string} folder */
const up = (folder) => `^(@/|(\\.\\./)+)${folder}(/|$)`;
/** @param {string} folder @param {string} why */
const layer = (folder, why) => ({ regex: up(folder), message: `${why} (ADR 0032).` });
const APP = layer("app", "Only app/ imports app/: pass server actions in as props from the page");
const COMPONENTS = layer("components", "lib/ is below components/: move the shared code into lib/");
const SCRIPTS = layer("scripts", "lib/ is below scripts/: move the shared code into lib/ and let scripts import it");
// What a pure module (no clock, env, database or file system; runs in the browser and the
// worker alike) must not reach for.
const SERVER_ONLY = {
  regex:
    "^(server-only|node:.*|fs|path|crypto|child_process|pg|prisma|@prisma/.*|next/headers|next/server|@/lib/(db|env|storage|mail|auth|audit)(/.*)?)$",
  message:
    "A pure module (lib/deadlines, lib/kinds, lib/calculator, lib/forms) imports nothing server-only (ADR 0032).",
};
// Components render; data comes to them from pages (STYLE: no data access in components/).
const DATA = {
  regex: "^(server-only|@/lib/db(/.*)?)$",
  message: "components/ get data from the page, never the database (ADR 0032).",
};
/**
 * @param {...{ regex: string, message: string }} patterns
 * @returns {import("eslint").Linter.RulesRecord}
 */
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];
// tests/lint/fixtures mirrors the tree with files that break each rule on purpose; the normal run
// ignores it, tests/lint/lint-rules.test.ts lints it and expects each error.
const FIXTURES = "tests/lint/fixtures";
/** @param {...string} globs */
const at = (...globs) => globs.flatMap((glob) => [glob, `${FIXTURES}/${glob}`]);
// Only lib/env.ts reads the environment (ADR 0027): every setting goes through its schema and
// `setting()`. The exemptions are ADR 0027's list; the launcher's and the backup CLIs' single
// reads carry their own eslint-disable line, so a second read there still fails.
/** @type {import("eslint").Linter.RulesRecord} */
const ENV_READ = {
  "no-restricted-properties": [
    "error",
    {
      object: "process",
      property: "env",
      message: "Read settings through lib/env.ts (env() or setting()), never process.env (ADR 0027).",
    },
  ],
};
const ENV_EXEMPT = [
  "lib/env.ts",
  "next.config.js",
  "prisma.config.ts",
  "playwright.config.ts",
  "scripts/bench-*",
  "scripts/lib/bench-*",
  "scripts/check-drift.mjs",
  "scripts/new-migration.mjs",
  "scripts/lib/migrated-schema.mjs",
  "scripts/screenshots/make-corpus.mjs",
  "tests/**",
  "e2e/**",
  ...TESTS,
];
// One error vocabulary (ADR 0032): a failure is an AppError (lib/errors) or a subclass of it, so
// errorResponse and runAction know its code, status and message. Only lib/errors extends Error.
/** @type {import("eslint").Linter.RulesRecord} */
const ERROR_CLASS = {
  "no-restricted-syntax": [
    "error",
    {
      selector: ":matches(ClassDeclaration, ClassExpression)[superClass.name='Error']",
      message: "Extend AppError (lib/errors), not Error: it carries the code, status and message key (ADR 0032).",
    },
  ],
};
// Exempt: the backup CLI (scripts/lib/backup) is plain Node that runs without the app (ADR 0030):
// its errors are written to a terminal in the CLI's own two languages (messages.mjs), never answered
// over HTTP or to a form, and it cannot import the TypeScript AppError or the app's messages.
const ERROR_CLASS_EXEMPT = ["lib/errors/**", "scripts/lib/backup/**"];
const PURE = at("lib/deadlines/**", "lib/kinds/**", "lib/calculator/**", "lib/forms/**");

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".worker/**",
      "node_modules/**",
      "lib/db/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      `${FIXTURES}/**`,
    ],
  },
  ...nextVitals,
  ...nextTs,
  // next.config.js stays CommonJS: package.json has no "type" field (Next 16 needs it absent).
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL(".", import.meta.url)) },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A switch over a union names every member: a new kind or status cannot fall through unseen.
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  { ignores: ENV_EXEMPT, rules: ENV_READ },
  { ignores: ERROR_CLASS_EXEMPT, rules: ERROR_CLASS },
  // The fixtures live under tests/ (exempt above) but stand for app code: the rule applies.
  { files: [`${FIXTURES}/**`], rules: ENV_READ },
  // Later entries replace earlier ones for the same rule, so each lists all of its patterns.
  { files: at("components/**"), rules: restrict(APP, DATA) },
  { files: at("lib/**"), rules: restrict(APP, COMPONENTS, SCRIPTS) },
  // Tests may drive the launcher's tools (the lunar-date generator).
  { files: at(...TESTS.map((glob) => `lib/${glob}`)), rules: restrict(APP, COMPONENTS) },
  { files: PURE, ignores: TESTS, rules: restrict(APP, COMPONENTS, SCRIPTS, SERVER_ONLY) },
);
