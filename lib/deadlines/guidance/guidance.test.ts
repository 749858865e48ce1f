import { describe, expect, test } from "vitest";
import { PAYMENT_PLATFORMS, SELF_CHECK_ITEMS, officialContacts } from "..";

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
