import { afterEach, beforeEach, expect, test } from "vitest";
import { createCase, getCaseWorkspace } from "@/lib/cases";
import { db } from "@/lib/db";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// pg 8.23 warns (once per process) when a Client is given a query while one runs; Prisma's
// interpreter does that inside a transaction. lib/db/one-query-at-a-time.ts queues them first.
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => void process.on("warning", onWarning));
afterEach(() => void process.off("warning", onWarning));

test("a case opened and read through transactions: no query waits inside pg's own queue", async () => {
  const owner = await createTestUser();
  const now = new Date("2026-11-29T11:00:00Z");
  const { id } = await createCase(owner.id, parseForm(fraudForm()), now);
  const ws = await getCaseWorkspace(owner.id, id, now);
  expect(ws.payments).toHaveLength(2);
  await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
  expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
});

test("queries sent at once inside a transaction each get their own result; a failure reaches its caller", async () => {
  const settled = await db()
    .$transaction(async (tx) =>
      Promise.allSettled([
        tx.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`,
        tx.$queryRaw<{ n: number }[]>`SELECT 2::int AS n`,
        tx.$queryRaw`SELECT * FROM "no_such_table"`,
      ]),
    )
    .catch(() => null);
  expect(settled?.[0]).toEqual({ status: "fulfilled", value: [{ n: 1 }] });
  expect(settled?.[1]).toEqual({ status: "fulfilled", value: [{ n: 2 }] });
  expect(settled?.[2]?.status).toBe("rejected");
});
