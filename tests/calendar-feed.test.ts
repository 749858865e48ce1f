import ICAL from "ical.js";
import { describe, expect, test, vi } from "vitest";
import {
  calendarFeedResponse,
  feedIcsFromCases,
  findFeedOwner,
  issueCalendarFeed,
  loadFeedCases,
  revokeCalendarFeed,
  type FeedCaseRow,
} from "@/lib/calendar-feed";
import { parseFeedCases } from "@/lib/calendar-feed/feed-case-rows";
import { hashFeedToken } from "@/lib/calendar-feed/feed-token";
import { changeCaseStatus, createCase, createDraftCase, recordCaseEvent, retractCaseEvent } from "@/lib/cases";
import { ACTIVE_STATUSES } from "@/lib/cases/case-status";
import { RecordEventSchema } from "@/lib/cases/record-event-schema";
import { db } from "@/lib/db";
import { HeavyTaskTooLargeError, PoolBusyError } from "@/lib/pool";
import type * as Pool from "@/lib/pool";
import { parseForm, wechatFraudForm } from "./factories/case";
import { createTestUser } from "./factories/user";

// The real pool, unless a test makes its next task fail as the pool would (busy, too complex).
const pool = vi.hoisted(() => ({ failure: null as Error | null }));
vi.mock("@/lib/pool", async (importOriginal) => {
  const actual = await importOriginal<typeof Pool>();
  const runHeavy: typeof actual.runHeavy = (...args) =>
    pool.failure ? Promise.reject(pool.failure) : actual.runHeavy(...args);
  return { ...actual, runHeavy };
});

const { GET } = await import("@/app/feed/[file]/route");

const opened = new Date("2026-11-29T09:00:00Z");

async function fetchFeed(token: string) {
  const file = `${token}.ics`;
  return GET(new Request(`http://localhost/feed/${file}`), { params: Promise.resolve({ file }) });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("calendar feed", () => {
  test("lists every open deadline of the owner's cases, with a 2-hour alarm on the user's own", async () => {
    const owner = await createTestUser();
    const stranger = await createTestUser();
    const { id } = await createCase(owner.id, parseForm(wechatFraudForm({ title: "刷单诈骗" })), opened);
    await createCase(stranger.id, parseForm(wechatFraudForm({ title: "别人的案件" })), opened);
    const token = await issueCalendarFeed(owner.id, opened);

    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(text).not.toContain("别人的案件");
    // Folded at 75 octets without splitting a UTF-8 character.
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Recourse 期限");
    const police = events.find((e) => e.uid.startsWith(`${id}.fraud.police-report.`));
    expect(police?.summary).toBe("向公安机关报案（110 / 96110） · 刷单诈骗");
    // Discovered 2026-11-29 16:00 Beijing: due 48 h later.
    expect(police?.endDate.toJSDate().toISOString()).toBe("2026-12-01T08:00:00.000Z");
    const alarm = police?.component.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstProperty("trigger")?.getParameter("related")).toBe("END");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-PT2H");
    expect(events.every((e) => e.uid.startsWith(`${id}.`))).toBe(true);
  });

  test("the same data gives the same bytes (a subscribing app sees no spurious change)", async () => {
    const owner = await createTestUser();
    await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    const token = await issueCalendarFeed(owner.id, opened);
    const first = await (await fetchFeed(token)).text();
    const second = await (await fetchFeed(token)).text();
    expect(second).toBe(first);
  });

  test("only the hash is stored; regenerating kills the old URL, revoking kills the new one", async () => {
    const owner = await createTestUser();
    const first = await issueCalendarFeed(owner.id, opened);
    const row = await db().calendarFeed.findUniqueOrThrow({ where: { userId: owner.id } });
    expect(row.tokenHash).toBe(hashFeedToken(first));
    expect(row.tokenHash).not.toContain(first);

    const second = await issueCalendarFeed(owner.id, opened);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    await revokeCalendarFeed(owner.id);
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await db().calendarFeed.count({ where: { userId: owner.id } })).toBe(0);
  });

  test("unknown, malformed and suffix-less tokens are 404", async () => {
    expect((await fetchFeed("A".repeat(43))).status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).status).toBe(404);
    const owner = await createTestUser();
    const token = await issueCalendarFeed(owner.id, opened);
    const bare = await GET(new Request(`http://localhost/feed/${token}`), { params: Promise.resolve({ file: token }) });
    expect(bare.status).toBe(404);
  });
});

describe("calendar feed: the cases as loaded", () => {
  /** What the feed read through Prisma before its one JSON query, in the order that query keeps. */
  async function prismaRows(ownerId: string): Promise<FeedCaseRow[]> {
    const rows = await db().case.findMany({
      where: { ownerId, status: { in: [...ACTIVE_STATUSES] } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        kind: true,
        platform: true,
        title: true,
        status: true,
        amountFen: true,
        facts: true,
        updatedAt: true,
        payments: { orderBy: { position: "asc" }, select: { occurredAt: true, createdAt: true } },
        events: {
          orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
          select: { id: true, type: true, occurredAt: true, recordedAt: true, actor: true, payload: true },
        },
      },
    });
    return rows;
  }

  test("the one JSON query reads what Prisma reads, and the feed's bytes are the same", async () => {
    const owner = await createTestUser();
    const event = (input: Record<string, unknown>) => RecordEventSchema.parse({ timeZone: "Asia/Shanghai", ...input });
    const { id } = await createCase(
      owner.id,
      parseForm(wechatFraudForm({ title: "刷单诈骗；“引号”\\反斜杠" })),
      opened,
    );
    const reported = await recordCaseEvent(
      owner.id,
      id,
      event({ type: "POLICE_REPORTED", occurredAt: "2026-11-29T19:30", reference: "京公网110" }),
      opened,
    );
    await retractCaseEvent(owner.id, id, reported.id, opened);
    const other = await createCase(owner.id, parseForm(wechatFraudForm({ platform: "ALIPAY" })), opened);
    await changeCaseStatus(owner.id, other.id, 1, "WAITING_ON_COUNTERPARTY", opened);
    const closed = await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    await changeCaseStatus(owner.id, closed.id, 1, "CLOSED", opened);
    await createDraftCase(owner.id, { kind: "FRAUD", platform: "WECHAT_PAY", values: {} }, opened);
    const token = await issueCalendarFeed(owner.id, opened);

    const { count, json } = await loadFeedCases((await findFeedOwner(token))!);
    const loaded = parseFeedCases(json).sort((a, b) => (a.id < b.id ? -1 : 1));
    const expected = await prismaRows(owner.id);
    expect(count).toBe(2);
    expect(loaded).toEqual(expected);
    expect(loaded[0]!.events.length + loaded[1]!.events.length).toBeGreaterThan(3);
    for (const locale of ["zh-CN", "en"] as const) {
      expect(feedIcsFromCases(loaded, locale, opened, "http://localhost")).toBe(
        feedIcsFromCases(expected, locale, opened, "http://localhost"),
      );
    }
  });

  test("a user with no open case: an empty list, and a feed with no event", async () => {
    const owner = await createTestUser();
    const token = await issueCalendarFeed(owner.id, opened);
    expect(await loadFeedCases((await findFeedOwner(token))!)).toEqual({ count: 0, json: "[]" });
    const text = await (await fetchFeed(token)).text();
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).not.toContain("BEGIN:VEVENT");
  });
});

describe("calendar feed that cannot be built", () => {
  const onPool = { inlineMaxCases: 0, maxEvents: 10_000 };
  const feedAt = (token: string, limits: { inlineMaxCases: number; maxEvents: number }) =>
    calendarFeedResponse(new Request(`http://localhost/feed/${token}.ics`), token, "http://localhost", opened, limits);
  type Refusal = { error: { code: string; message: string } };

  test("a busy pool is a 503 with Retry-After; a feed too complex for a thread a 422, in the owner's language", async () => {
    const owner = await createTestUser();
    await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    const token = await issueCalendarFeed(owner.id, opened);
    try {
      pool.failure = new PoolBusyError("test: the line is full");
      const busy = await feedAt(token, onPool);
      expect(busy.status).toBe(503);
      expect(Number(busy.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await busy.json()).toEqual({ error: { code: "busy", message: "服务器正忙，请稍后重试。" } });

      pool.failure = new HeavyTaskTooLargeError("test: out of memory");
      const tooComplex = await feedAt(token, onPool);
      expect(tooComplex.status).toBe(422);
      expect(((await tooComplex.json()) as Refusal).error.code).toBe("too_complex");
    } finally {
      pool.failure = null;
    }
    // A failure is not cached: the next poll builds the feed.
    expect((await feedAt(token, onPool)).status).toBe(200);
  });

  test("more events than the cap is a translated 422, built in the request or on the pool", async () => {
    const owner = await createTestUser();
    await createCase(owner.id, parseForm(wechatFraudForm()), opened);
    const token = await issueCalendarFeed(owner.id, opened);
    const inline = await feedAt(token, { inlineMaxCases: 100, maxEvents: 0 });
    expect(inline.status).toBe(422);
    const refusal = (await inline.json()) as Refusal;
    expect(refusal.error.code).toBe("feed_too_large");
    expect(refusal.error.message).toContain("日历订阅中的期限超过 0 个");
    // On the pool the refusal comes back as data (an error's class does not cross threads).
    const threaded = await feedAt(token, { inlineMaxCases: 0, maxEvents: 0 });
    expect(threaded.status).toBe(422);
    expect(((await threaded.json()) as Refusal).error.code).toBe("feed_too_large");
    const whole = await feedAt(token, onPool);
    expect(whole.status).toBe(200);
    expect(await whole.text()).toContain("BEGIN:VEVENT");
  });
});
