import { describe, expect, test } from "vitest";
import { upkeepDue, type TableActivity } from "./embedded-autovacuum";

const quiet: TableActivity = {
  table: "Case",
  rowsAtLastCount: 1000,
  deadRows: 0,
  modifiedSinceAnalyze: 0,
  insertedSinceVacuum: 0,
};

describe("upkeepDue: PostgreSQL's autovacuum thresholds", () => {
  test("nothing to do on a quiet table", () => {
    expect(upkeepDue(quiet)).toBeNull();
  });

  test("dead rows past 50 + 20 % of the table: vacuum (which analyses too)", () => {
    expect(upkeepDue({ ...quiet, deadRows: 250 })).toBeNull();
    expect(upkeepDue({ ...quiet, deadRows: 251 })).toBe("vacuum");
  });

  test("changes past 50 + 10 % of the table since the last analyse: analyse only", () => {
    expect(upkeepDue({ ...quiet, modifiedSinceAnalyze: 150 })).toBeNull();
    expect(upkeepDue({ ...quiet, modifiedSinceAnalyze: 151 })).toBe("analyze");
  });

  test("inserts past 1,000 + 20 % of the table: vacuum, so index-only scans see the new pages", () => {
    expect(upkeepDue({ ...quiet, insertedSinceVacuum: 1200 })).toBeNull();
    expect(upkeepDue({ ...quiet, insertedSinceVacuum: 1201 })).toBe("vacuum");
  });

  test("a table never counted (reltuples -1) is judged on the absolute thresholds", () => {
    const fresh = { ...quiet, rowsAtLastCount: -1 };
    expect(upkeepDue({ ...fresh, modifiedSinceAnalyze: 50 })).toBeNull();
    expect(upkeepDue({ ...fresh, modifiedSinceAnalyze: 51 })).toBe("analyze");
    expect(upkeepDue({ ...fresh, deadRows: 51 })).toBe("vacuum");
  });
});
