import type { TestProject } from "vitest/node";
import { makeMigratedTemplate } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    /** A dump of a migrated PGlite database to load per test file; "" on PostgreSQL (TEST_DATABASE_URL). */
    pgliteTemplate: string;
  }
}

/** Vitest global setup of the projects on a database: migrate one PGlite for the whole run (makeMigratedTemplate). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteTemplate", "");
    return async () => undefined;
  }
  const template = await makeMigratedTemplate();
  project.provide("pgliteTemplate", template.tarball);
  return template.remove;
}
