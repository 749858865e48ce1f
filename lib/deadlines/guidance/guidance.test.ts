import { describe, expect, test } from "vitest";
import { CASE_KINDS } from "../case-input";
import { PAYMENT_PLATFORMS, SELF_CHECK_ITEMS, firstMoves, officialContacts } from "..";

describe("self-check list (account restricted)", () => {
  test("covers what seeds 000/001 tell a user to check, each id once", () => {
    const ids = SELF_CHECK_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "balance",
      "network",
      "app-version",
      "real-name",
      "phone-binding",
      "platform-notices",
      "login",
      "recent-records",
    ])
      expect(ids).toContain(id);
  });
});

describe("official contacts", () => {
  test("hotlines: WeChat Pay 95017, Alipay 95188; OKPay and bank cards by route, no number", () => {
    expect(officialContacts("WECHAT_PAY").map((c) => c.tel)).toEqual(["95017"]);
    expect(officialContacts("ALIPAY").map((c) => c.tel)).toEqual(["95188"]);
    expect(officialContacts("OKPAY").every((c) => c.tel === undefined && c.route)).toBe(true);
    expect(officialContacts("BANK_CARD")[0]?.route?.["zh-CN"]).toContain("背面");
  });
  test.each(PAYMENT_PLATFORMS)("%s: at least one contact, each dialable or with a route", (platform) => {
    const contacts = officialContacts(platform);
    expect(contacts.length).toBeGreaterThan(0);
    for (const c of contacts) {
      expect(c.tel ?? c.route).toBeTruthy();
      if (c.tel) expect(c.tel).toMatch(/^\d{3,11}$/);
    }
  });
  test("an unknown platform is a RangeError", () => {
    expect(() => officialContacts("PAYPAL" as never)).toThrow(RangeError);
  });
});

describe("first moves", () => {
  test("fraud: call 110 / 96110 now, within 48 h", () => {
    const [first] = firstMoves("FRAUD");
    expect(first?.tel?.map((t) => t.number)).toEqual(["110", "96110"]);
    expect(first?.text["zh-CN"]).toContain("48小时");
    expect(first?.text.en).toContain("48 hours");
  });
  test("misdirected transfer: the bill's complaint first, unless a delayed-arrival transfer can still be stopped", () => {
    expect(firstMoves("MISDIRECTED_TRANSFER")[0]?.text["zh-CN"]).toContain("交易投诉");
    expect(firstMoves("MISDIRECTED_TRANSFER")).toHaveLength(2);
    expect(firstMoves("MISDIRECTED_TRANSFER", {})).toHaveLength(1);
    const delayed = firstMoves("MISDIRECTED_TRANSFER", { delayedArrivalHours: 24 });
    expect(delayed[0]?.text["zh-CN"]).toContain("撤回");
    expect(delayed[1]?.text["zh-CN"]).toContain("交易投诉");
  });
  test("account restricted: self-check, then the official hotlines", () => {
    expect(firstMoves("ACCOUNT_RESTRICTED")[0]?.tel?.map((t) => t.number)).toEqual(["95017", "95188"]);
  });
  test("with the platform known, only that platform's line: none for OKPay, 95017 alone for WeChat Pay", () => {
    const okpay = firstMoves("ACCOUNT_RESTRICTED", { kind: "ACCOUNT_RESTRICTED", platform: "OKPAY" } as never);
    expect(okpay.flatMap((m) => m.tel ?? [])).toEqual([]);
    const wechat = firstMoves("ACCOUNT_RESTRICTED", { platform: "WECHAT_PAY" });
    expect(wechat[0]?.tel?.map((t) => t.number)).toEqual(["95017"]);
    const fraud = firstMoves("FRAUD", { platform: "OKPAY" });
    expect(fraud[0]?.tel?.map((t) => t.number)).toEqual(["110", "96110"]);
  });
  test.each(CASE_KINDS)("%s has at least one first move", (kind) => {
    expect(firstMoves(kind).length).toBeGreaterThan(0);
  });
  test("an unknown kind is a RangeError", () => {
    expect(() => firstMoves("NOPE" as never)).toThrow(RangeError);
  });
});
