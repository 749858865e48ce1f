import { describe, expect, test } from "vitest";
import { parseFeedCases } from "./feed-case-rows";

// The text as PostgreSQL's json_agg writes it for load-calendar-feed.ts's query.
const row = (overrides: { amountFen?: string; updatedAt?: string } = {}) => [
  "case-1",
  "FRAUD",
  "WECHAT_PAY",
  "",
  "OPEN",
  overrides.amountFen ?? "2800000",
  { kind: "FRAUD", discoveredAt: "2026-11-29T08:00:00.000Z" },
  overrides.updatedAt ?? "2026-11-29T09:00:00.123",
  [
    ["2026-11-29T02:00:00", "2026-11-29T09:00:00.1"],
    ["2026-11-29T04:30:00", "2026-11-29T09:00:00.12"],
  ],
  [["ev-1", "CASE_OPENED", "2026-11-29T09:00:00", "2026-11-29T09:00:00", "user:u1", { ruleId: null }]],
];

describe("parseFeedCases", () => {
  test("timestamps without a zone are UTC; payments and events keep their order and fields", () => {
    const [parsed] = parseFeedCases(JSON.stringify([row()]));
    expect(parsed).toEqual({
      id: "case-1",
      kind: "FRAUD",
      platform: "WECHAT_PAY",
      title: "",
      status: "OPEN",
      amountFen: 2_800_000n,
      facts: { kind: "FRAUD", discoveredAt: "2026-11-29T08:00:00.000Z" },
      updatedAt: new Date("2026-11-29T09:00:00.123Z"),
      payments: [
        { occurredAt: new Date("2026-11-29T02:00:00Z"), createdAt: new Date("2026-11-29T09:00:00.100Z") },
        { occurredAt: new Date("2026-11-29T04:30:00Z"), createdAt: new Date("2026-11-29T09:00:00.120Z") },
      ],
      events: [
        {
          id: "ev-1",
          type: "CASE_OPENED",
          occurredAt: new Date("2026-11-29T09:00:00Z"),
          recordedAt: new Date("2026-11-29T09:00:00Z"),
          actor: "user:u1",
          payload: { ruleId: null },
        },
      ],
    });
  });

  test("an amount past 2^53 fen stays exact (it travels as text)", () => {
    const [parsed] = parseFeedCases(JSON.stringify([row({ amountFen: "9007199254740993" })]));
    expect(parsed?.amountFen).toBe(9_007_199_254_740_993n);
  });

  test("an empty list, and a shape the query does not write, which throws rather than guess", () => {
    expect(parseFeedCases("[]")).toEqual([]);
    expect(() => parseFeedCases(JSON.stringify([row({ updatedAt: "2026-11-29T09:00:00+08:00" })]))).toThrow();
    expect(() => parseFeedCases(JSON.stringify([row().slice(0, 9)]))).toThrow();
  });
});
