// Seeds one user with many cases for the pages bench: a few template cases go through the
// app's own command (createCase: facts, payments, audit), then SQL clones them in bulk with
// their payments and a log of events, and the denormalised urgency is recomputed by the same
// function the commands call. Then a session cookie is minted for that user.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { createCase, refreshCaseUrgency } from "@/lib/cases";
import { CaseFormSchema, type CaseFormInput } from "@/lib/cases/schema";
import { db, type Prisma } from "@/lib/db";

const KINDS_OF_EVENTS = ["PLATFORM_REPORT_FILED", "SELF_CHECK_TICKED", "COMPLAINT_FILED", "POLICE_REPORTED"];

function fraudAt(day: number, hour: number, i: number): CaseFormInput {
  const d = `2026-11-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00`;
  return {
    kind: "FRAUD",
    platform: i % 2 ? "ALIPAY" : "WECHAT_PAY",
    title: `刷单诈骗 模板 ${i}`,
    note: "",
    timeZone: "Asia/Shanghai",
    payments: [
      {
        occurredAt: d,
        amount: String(1000 + i * 37),
        counterpartyName: "张某",
        counterpartyAccount: "6222020200112233445",
      },
    ],
    facts: { discoveredAt: d, policeReported: "no" },
  } as CaseFormInput;
}

export async function seedOneUser(options: { cases: number; eventsPerCase: number; templates: number }) {
  const now = new Date();
  const user = await db().user.create({ data: { email: `bench-${Date.now()}@example.com`, emailVerified: now } });
  const templateIds: string[] = [];
  for (let i = 0; i < options.templates; i++) {
    const form = CaseFormSchema.parse(fraudAt(10 + (i % 19), 8 + (i % 12), i));
    templateIds.push((await createCase(user.id, form, new Date("2026-11-29T00:00:00Z"))).id);
  }
  const copies = Math.floor((options.cases - options.templates) / options.templates);
  // Clone each template `copies` times; every 10th copy closed, titles numbered for search.
  await db().$executeRawUnsafe(
    `INSERT INTO "Case" ("id","ownerId","kind","platform","title","amountFen","recoveredFen","status","facts","note","version","createdAt","updatedAt")
     SELECT c."id" || '-' || g, c."ownerId", c."kind", c."platform", '案件 ' || g || ' ' || c."title", c."amountFen" + g,
            0, CASE WHEN g % 10 = 0 THEN 'CLOSED'::"CaseStatus" ELSE c."status" END, c."facts", NULL, 1,
            c."createdAt" - (g || ' minutes')::interval, c."updatedAt" - (g || ' minutes')::interval
     FROM "Case" c CROSS JOIN generate_series(1, $1) g
     WHERE c."ownerId" = $2`,
    copies,
    user.id,
  );
  await db().$executeRawUnsafe(
    `INSERT INTO "Payment" ("id","caseId","position","occurredAt","amountFen","direction","counterpartyName","counterpartyAccount")
     SELECT p."id" || '-' || c."id", c."id", p."position", p."occurredAt", p."amountFen", p."direction", p."counterpartyName", p."counterpartyAccount"
     FROM "Case" c JOIN "Payment" p ON p."caseId" = split_part(c."id", '-', 1)
     WHERE c."ownerId" = $1 AND c."id" LIKE '%-%'`,
    user.id,
  );
  // Every case: its CASE_OPENED plus (eventsPerCase - 1) more, a police report on every third.
  await db().$executeRawUnsafe(
    `INSERT INTO "CaseEvent" ("id","caseId","type","occurredAt","recordedAt","actor","payload")
     SELECT c."id" || '-e' || g, c."id",
            CASE WHEN g = 1 THEN 'CASE_OPENED'
                 WHEN g = 2 AND abs(hashtext(c."id")) % 3 = 0 THEN 'POLICE_REPORTED'
                 ELSE ($2::text[])[1 + (g % $3)] END,
            c."createdAt" + (g || ' hours')::interval, c."createdAt" + (g || ' hours')::interval,
            'user:' || c."ownerId", '{}'::jsonb
     FROM "Case" c CROSS JOIN generate_series(1, $4) g
     WHERE c."ownerId" = $1 AND c."id" LIKE '%-%'`,
    user.id,
    KINDS_OF_EVENTS,
    KINDS_OF_EVENTS.length,
    options.eventsPerCase,
  );
  // Templates already have CASE_OPENED: give them the other events too.
  await db().$executeRawUnsafe(
    `INSERT INTO "CaseEvent" ("id","caseId","type","occurredAt","recordedAt","actor","payload")
     SELECT c."id" || '-e' || g, c."id", ($2::text[])[1 + (g % $3)], c."createdAt" + (g || ' hours')::interval,
            c."createdAt" + (g || ' hours')::interval, 'user:' || c."ownerId", '{}'::jsonb
     FROM "Case" c CROSS JOIN generate_series(2, $4) g
     WHERE c."ownerId" = $1 AND c."id" NOT LIKE '%-%'`,
    user.id,
    KINDS_OF_EVENTS,
    KINDS_OF_EVENTS.length,
    options.eventsPerCase,
  );
  const ids = (await db().case.findMany({ where: { ownerId: user.id }, select: { id: true } })).map((c) => c.id);
  for (let i = 0; i < ids.length; i += 8) {
    await Promise.all(
      ids.slice(i, i + 8).map((id) => refreshCaseUrgency(db() as unknown as Prisma.TransactionClient, id, now)),
    );
  }
  const events = await db().caseEvent.count({ where: { case: { ownerId: user.id } } });
  // Sessions are server-side rows (ADR 0005): the JWT names its row by `sid`.
  const sid = randomBytes(32).toString("base64url");
  await db().session.create({
    data: { sessionToken: sid, userId: user.id, expires: new Date(now.getTime() + 168 * 3600_000) },
  });
  const token = await encode({
    token: { sub: user.id, email: user.email, sid },
    secret: process.env.NEXTAUTH_SECRET!,
    maxAge: 168 * 3600,
  });
  return { cookie: `next-auth.session-token=${token}`, userId: user.id, cases: ids.length, events };
}
