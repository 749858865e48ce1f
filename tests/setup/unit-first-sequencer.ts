import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Vitest runs projects in name order, so "integration" went before "unit" and the unit files,
 * which share one process per worker, ran last: the slowest of them (the OCR corpus) was a
 * long tail with the other core idle. Unit files first, then the integration files fill both
 * cores until the end. Within each project Vitest's own order stands (slowest or largest first).
 */
export class UnitFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isUnit = (file: TestSpecification) => file.project.name === "unit";
    return [...sorted.filter(isUnit), ...sorted.filter((file) => !isUnit(file))];
  }
}
