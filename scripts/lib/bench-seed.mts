// Seeds one user with many cases for the benches and the feed's scale test: a few template
// cases go through the app's own command (createCase: facts, payments, audit), then SQL clones
// them in bulk with their payments and a log of events, and the denormalised urgency is
// recomputed by the same function the commands call. Then a session cookie is minted for that
// user. Every date is relative to the caller's `now` (the clock the bench or test reads the data
// with), so the calendar feed's window (open deadlines and the past 30 days) always holds them.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { createCase, refreshCaseUrgency } from "@/lib/cases";
import { CaseFormSchema, type CaseFormInput } from "@/lib/cases/schema";
import { db, type Prisma } from "@/lib/db";

const KINDS_OF_EVENTS = ["PLATFORM_REPORT_FILED", "SELF_CHECK_TICKED", "COMPLAINT_FILED", "POLICE_REPORTED"];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Shanghai has no daylight saving: its wall clock is UTC + 8 h. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/**
 * Template `i` was found out 3 to 21 days before `now`: its police deadline (48 h) is past but
 * within the feed's 30 days, as its platform review's (7–15 working days) is still ahead.
 */
function fraudAt(now: Date, i: number): CaseFormInput {
  const found = now.getTime() - (21 - (i % 19)) * DAY_MS + (i % 12) * HOUR_MS;
  const d = new Date(found + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
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

export interface SeedOptions {
  /** Open cases, the templates among them. */
  open: number;
  /** Closed cases on top of the open ones (a real list has some; the feed leaves them out). */
  closed: number;
  /** Events per case: its CASE_OPENED and more. */
  eventsPerCase: number;
  /** Cases made through createCase; the rest are SQL copies of them. */
  templates: number;
  /** The clock the data is read with; defaults to the real one. */
  now?: Date;
}

export async function seedOneUser(options: SeedOptions) {
  const now = options.now ?? new Date();
  if (options.open < options.templates) throw new Error("seedOneUser: fewer open cases than templates");
  // The session is checked by the server against the real clock, whatever `now` the data uses.
  const wallClock = new Date();
  const user = await db().user.create({
    data: { email: `bench-${wallClock.getTime()}@example.com`, emailVerified: wallClock },
  });
  const templateIds: string[] = [];
  for (let i = 0; i < options.templates; i++) {
    const form = CaseFormSchema.parse(fraudAt(now, i));
    // Opened two days before `now`, after every template's discovery: its events are past too.
    templateIds.push((await createCase(user.id, form, new Date(now.getTime() - 2 * DAY_MS))).id);
  }
  // Copy n (1…) clones template (n - 1) mod templates, a minute earlier per round; the copies
  // past the open count are closed, so exactly `open` cases are open.
  const openCopies = options.open - options.templates;
  await db().$executeRawUnsafe(
    `INSERT INTO "Case" ("id","ownerId","kind","platform","title","amountFen","recoveredFen","status","facts","note","version","createdAt","updatedAt")
     SELECT t."id" || '-' || n, t."ownerId", t."kind", t."platform", '案件 ' || n || ' ' || t."title", t."amountFen" + n,
            0, CASE WHEN n > $1::int THEN 'CLOSED'::"CaseStatus" ELSE t."status" END, t."facts", NULL, 1,
            t."createdAt" - (((n - 1) / $3::int + 1) || ' minutes')::interval,
            t."updatedAt" - (((n - 1) / $3::int + 1) || ' minutes')::interval
     FROM generate_series(1, $2::int) n
     JOIN (SELECT c.*, row_number() OVER (ORDER BY c."id") - 1 AS k FROM "Case" c WHERE c."ownerId" = $4) t
       ON t.k = (n - 1) % $3::int`,
    openCopies,
    openCopies + options.closed,
    options.templates,
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
  const open = await db().case.count({ where: { ownerId: user.id, status: { not: "CLOSED" } } });
  // Sessions are server-side rows (ADR 0005): the JWT names its row by `sid`.
  const sid = randomBytes(32).toString("base64url");
  await db().session.create({
    data: { sessionToken: sid, userId: user.id, expires: new Date(wallClock.getTime() + 168 * 3600_000) },
  });
  const token = await encode({
    token: { sub: user.id, email: user.email, sid },
    secret: process.env.NEXTAUTH_SECRET!,
    maxAge: 168 * 3600,
  });
  return { cookie: `next-auth.session-token=${token}`, userId: user.id, cases: ids.length, open, events };
}
