import { describe, expect, test } from "vitest";
import { findFeedOwner, issueCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed";
import { changeCaseStatus, createCase, createDraftCase, discardDraft, recordCaseEvent } from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db } from "@/lib/db";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// The feed's cache key is the feed row's id and its "casesVersion", moved by triggers
// (migration calendar_feed_cases_version). Each write below must move it; a missing or broken
// trigger leaves it where it was and fails here.

const opened = new Date("2026-11-29T09:00:00Z");

async function fingerprint(token: string): Promise<string> {
  const owner = await findFeedOwner(token);
  if (!owner) throw new Error("no feed behind the token");
  return owner.fingerprint;
}

async function version(userId: string): Promise<bigint> {
  const feed = await db().calendarFeed.findUniqueOrThrow({ where: { userId }, select: { casesVersion: true } });
  return feed.casesVersion;
}

/** A user with one open case and a feed. */
async function subscribed() {
  const owner = await createTestUser();
  const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), opened);
  const token = await issueCalendarFeed(owner.id, opened);
  return { owner, caseId: id, token };
}

describe("calendar feed fingerprint: the app's commands move it", () => {
  test("a case change, an event and a discarded case each give a new fingerprint; a poll alone does not", async () => {
    const { owner, caseId, token } = await subscribed();
    const seen = [await fingerprint(token)];
    expect(await fingerprint(token)).toBe(seen[0]);

    await changeCaseStatus(owner.id, caseId, 1, "WAITING_ON_COUNTERPARTY", opened);
    seen.push(await fingerprint(token));
    await recordCaseEvent(
      owner.id,
      caseId,
      RecordEventSchema.parse({ timeZone: "Asia/Shanghai", type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30" }),
      opened,
    );
    seen.push(await fingerprint(token));
    const draft = await createDraftCase(owner.id, { kind: "FRAUD", platform: "WECHAT_PAY", values: {} }, opened);
    seen.push(await fingerprint(token));
    await discardDraft(owner.id, draft.id);
    seen.push(await fingerprint(token));

    expect(new Set(seen).size).toBe(seen.length);
  });

  test("a feed revoked and issued again never shares a fingerprint with the old one", async () => {
    const { owner, token } = await subscribed();
    const before = await fingerprint(token);
    await revokeCalendarFeed(owner.id);
    const again = await issueCalendarFeed(owner.id, opened);
    // The new row starts its version again (at 0): the row's id keeps the two apart.
    expect(await version(owner.id)).toBe(0n);
    expect(await fingerprint(again)).not.toBe(before);
  });

  test("another user's writes leave the fingerprint alone", async () => {
    const { token } = await subscribed();
    const before = await fingerprint(token);
    const stranger = await createTestUser();
    const { id } = await createCase(stranger.id, parseForm(wechatFraudForm()), opened);
    await changeCaseStatus(stranger.id, id, 1, "ESCALATED", opened);
    expect(await fingerprint(token)).toBe(before);
  });
});

describe("calendar feed fingerprint: the triggers, whatever writes", () => {
  // Plain SQL, as the worker, a script or a future command might write: no audit entry, no
  // updatedAt from Prisma. Each statement must still move the owner's version.
  const writes: Record<string, (caseId: string, ownerId: string) => Promise<unknown>> = {
    "a case inserted": (caseId, ownerId) =>
      db().$executeRaw`INSERT INTO "Case" ("id", "ownerId", "kind", "platform", "title", "updatedAt")
                       SELECT ${`${caseId}-copy`}, ${ownerId}, "kind", "platform", 'copy', now() FROM "Case" WHERE "id" = ${caseId}`,
    "a case updated": (caseId) => db().$executeRaw`UPDATE "Case" SET "title" = 'renamed' WHERE "id" = ${caseId}`,
    "a case deleted": (caseId) => db().$executeRaw`DELETE FROM "Case" WHERE "id" = ${caseId}`,
    "a payment inserted": (caseId) =>
      db().$executeRaw`INSERT INTO "Payment" ("id", "caseId", "position", "occurredAt", "amountFen")
                       VALUES (${`${caseId}-p`}, ${caseId}, 9, now(), 100)`,
    "a payment updated": (caseId) =>
      db().$executeRaw`UPDATE "Payment" SET "occurredAt" = "occurredAt" - interval '1 hour' WHERE "caseId" = ${caseId}`,
    "a payment deleted": (caseId) => db().$executeRaw`DELETE FROM "Payment" WHERE "caseId" = ${caseId}`,
    "an event inserted": (caseId) =>
      db().$executeRaw`INSERT INTO "CaseEvent" ("id", "caseId", "type", "occurredAt", "actor")
                       VALUES (${`${caseId}-e`}, ${caseId}, 'POLICE_REPORTED', now(), 'system')`,
    "an event updated": (caseId) =>
      db().$executeRaw`UPDATE "CaseEvent" SET "payload" = '{"note": 1}' WHERE "caseId" = ${caseId}`,
    "an event deleted": (caseId) => db().$executeRaw`DELETE FROM "CaseEvent" WHERE "caseId" = ${caseId}`,
  };

  for (const [name, write] of Object.entries(writes)) {
    test(`${name} moves the owner's version`, async () => {
      const { owner, caseId, token } = await subscribed();
      const before = await fingerprint(token);
      await write(caseId, owner.id);
      expect(await fingerprint(token)).not.toBe(before);
    });
  }

  test("one statement over many cases moves the version once (statement-level), and a case given to another user moves both", async () => {
    const { owner, token } = await subscribed();
    for (let i = 0; i < 2; i++) await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    const before = await version(owner.id);
    expect(await db().case.updateMany({ where: { ownerId: owner.id }, data: { updatedAt: new Date() } })).toEqual({
      count: 3,
    });
    expect(await version(owner.id)).toBe(before + 1n);

    const other = await subscribed();
    const theirs = await fingerprint(other.token);
    const mine = await fingerprint(token);
    await db().case.update({ where: { id: other.caseId }, data: { ownerId: owner.id } });
    expect(await fingerprint(other.token)).not.toBe(theirs);
    expect(await fingerprint(token)).not.toBe(mine);
  });

  test("a user deleted with a feed and cases goes in one statement (the cascade meets the triggers)", async () => {
    const { owner } = await subscribed();
    await db().user.delete({ where: { id: owner.id } });
    expect(await db().calendarFeed.count({ where: { userId: owner.id } })).toBe(0);
    expect(await db().case.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});
