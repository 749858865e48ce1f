import { describe, expect, test } from "vitest";
import { createCase, refreshCaseUrgency } from "@/lib/cases";
import { db, type Prisma } from "@/lib/db";
import { runEmbeddedAutovacuum } from "@/lib/maintenance/embedded-autovacuum";
import { fraudForm, parseForm } from "./factories/case";
import { createTestUser } from "./factories/user";

const COPIES = 800;

/** "My cases" first page, as listCasesForUser asks for it. */
async function listPlan(ownerId: string): Promise<string> {
  const rows = await db().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT * FROM "Case" WHERE "ownerId" = $1 ORDER BY "urgencyRank", "urgencyKey", id LIMIT 21`,
    ownerId,
  );
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

async function tableStats(table: string) {
  const [row] = await db().$queryRaw<{ dead: number; analysed: boolean }[]>`
    SELECT n_dead_tup::int AS dead, (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL) AS analysed
    FROM pg_stat_user_tables WHERE relname = ${table}`;
  return row!;
}

describe("the embedded database's autovacuum round", () => {
  test("a grown, rewritten table is vacuumed and analysed, and the list reads its index; then nothing is due", async () => {
    const owner = await createTestUser();
    const form = parseForm(fraudForm());
    const template = await createCase(owner.id, form, new Date("2026-11-29T08:00:00Z"));
    const now = new Date("2026-12-01T00:00:00Z");
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "Case" ("id","ownerId","kind","platform","title","amountFen","recoveredFen","status","facts","version","createdAt","updatedAt")
         SELECT c."id" || '-' || g, c."ownerId", c."kind", c."platform", c."title", c."amountFen", 0, c."status", c."facts", 1,
                c."createdAt", c."updatedAt"
         FROM "Case" c CROSS JOIN generate_series(1, $1) g WHERE c."id" = $2`,
        COPIES,
        template.id,
      );
      // Every row rewritten once, as the commands do when a case changes: as many dead rows as live.
      await tx.$executeRaw`UPDATE "Case" SET "urgencyKey" = "amountFen" WHERE "ownerId" = ${owner.id}`;
      // Counters reach the statistics view at the end of this transaction (PostgreSQL batches them).
      await tx.$executeRaw`SELECT pg_stat_force_next_flush()`;
    });
    await refreshCaseUrgency(db() as unknown as Prisma.TransactionClient, template.id, now);

    const done = await runEmbeddedAutovacuum(db());
    expect(done).toContain('VACUUM (ANALYZE) "Case"');
    const stats = await tableStats("Case");
    expect(stats.analysed).toBe(true);
    expect(stats.dead).toBe(0);
    expect(await listPlan(owner.id)).toMatch(/Index Scan using "Case_ownerId_urgencyRank_urgencyKey_id_idx"/);
    expect(await listPlan(owner.id)).not.toMatch(/Sort/);

    await db().$executeRaw`SELECT pg_stat_force_next_flush()`;
    expect(await runEmbeddedAutovacuum(db())).not.toContain('VACUUM (ANALYZE) "Case"');
  });
});
