import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { calendarFeedResponse, FEED_PAST_DAYS, issueCalendarFeed } from "@/lib/calendar-feed";
import { createCase, recordCaseEvent } from "@/lib/cases";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db } from "@/lib/db";
import { seedOneUser } from "@/scripts/lib/bench-seed.mjs";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

const opened = new Date("2026-11-29T09:00:00Z");
const base = "http://localhost";

function get(token: string, now: Date, headers: Record<string, string> = {}) {
  return calendarFeedResponse(new Request(`${base}/feed/${token}.ics`, { headers }), token, base, now);
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar feed: validators, invalidation, window", () => {
  test("an unchanged feed answers 304 to its ETag and to its Last-Modified, with no body", async () => {
    const owner = await createTestUser();
    await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    const token = await issueCalendarFeed(owner.id, opened);
    const first = await get(token, opened);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const byTag = await get(token, opened, { "if-none-match": etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    expect(byTag.headers.get("etag")).toBe(etag);
    expect((await get(token, opened, { "if-modified-since": lastModified })).status).toBe(304);
    // If-None-Match decides alone when both are sent (RFC 9110).
    expect((await get(token, opened, { "if-none-match": '"other"', "if-modified-since": lastModified })).status).toBe(
      200,
    );
  });

  test("any case change gives a new body and ETag: an old ETag then gets the new feed", async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm({ title: "刷单诈骗" })), opened);
    const token = await issueCalendarFeed(owner.id, opened);
    const before = await get(token, opened);
    const etag = before.headers.get("etag")!;
    expect(await before.text()).toContain(`UID:${id}.fraud.police-report.`);

    const later = new Date(opened.getTime() + 3_600_000);
    await recordCaseEvent(
      owner.id,
      id,
      RecordEventSchema.parse({ timeZone: "Asia/Shanghai", type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30" }),
      later,
    );
    const after = await get(token, opened, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await after.text()).not.toContain(`UID:${id}.fraud.police-report.`);
  });

  test(`deadlines more than ${FEED_PAST_DAYS} days past drop out; the same feed sooner still has them`, async () => {
    const owner = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    const token = await issueCalendarFeed(owner.id, opened);
    const police = `UID:${id}.fraud.police-report.`;
    // The police deadline is 2026-12-01 16:00 Beijing (08:00Z).
    const due = Date.parse("2026-12-01T08:00:00Z");
    const within = await (await get(token, new Date(due + (FEED_PAST_DAYS - 1) * 86_400_000))).text();
    expect(within).toContain(police);
    const beyond = await (await get(token, new Date(due + (FEED_PAST_DAYS + 1) * 86_400_000))).text();
    expect(beyond).not.toContain(police);
  });
});

describe("calendar feed at scale", () => {
  test("2,000 open cases: ical.js parses every event, each line ≤ 75 octets, one UID each", async () => {
    // The seed's dates are relative to this clock; its 200 closed cases stay out of the feed.
    const now = new Date("2026-12-01T00:00:00Z");
    const { userId, open, cases } = await seedOneUser({
      open: 2_000,
      closed: 200,
      eventsPerCase: 2,
      templates: 20,
      now,
    });
    expect([open, cases]).toEqual([2_000, 2_200]);
    const token = await issueCalendarFeed(userId, now);
    const response = await get(token, now);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const parsed = events(text);
    const uids = new Set(parsed.map((e) => e.uid));
    expect(uids.size).toBe(parsed.length);
    // Every open case shows up (each has a deadline in the window), no closed one does.
    const caseIds = new Set(parsed.map((e) => e.uid.split(".")[0]));
    const closedIds = await db().case.findMany({ where: { ownerId: userId, status: "CLOSED" }, select: { id: true } });
    expect(closedIds).toHaveLength(200);
    for (const { id } of closedIds) expect(caseIds.has(id)).toBe(false);
    expect(caseIds.size).toBe(2_000);
    expect(parsed.every((e) => e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime() === 30 * 60_000)).toBe(
      true,
    );
  }, 240_000);

  test("the seed follows its clock: read half a year later, its feed still holds every open case", async () => {
    // The bench reads the real clock: fixed seed dates would leave its feed empty after a month.
    const later = new Date("2027-06-01T00:00:00Z");
    const { userId } = await seedOneUser({ open: 40, closed: 0, eventsPerCase: 2, templates: 20, now: later });
    const token = await issueCalendarFeed(userId, later);
    const parsed = events(await (await get(token, later)).text());
    expect(new Set(parsed.map((e) => e.uid.split(".")[0])).size).toBe(40);
  });
});
