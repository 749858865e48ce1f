import { describe, expect, test } from "vitest";
import { isMessageKey, messagesFor, requestLocale, translator } from "./translator";

// Mail, the feed, documents and the worker translate with no request: the same ICU formatting
// as the pages must hold there, in both languages.
describe("translator outside a request", () => {
  test("ICU plurals pick the form by count in English; Chinese has one form", () => {
    const en = translator("en", "reminderEmail");
    expect(en("subjectHours", { hours: 1, label: "Report to the police" })).toBe("1 hour left: Report to the police");
    expect(en("subjectHours", { hours: 24, label: "Report to the police" })).toBe(
      "24 hours left: Report to the police",
    );
    expect(translator("zh-CN", "reminderEmail")("subjectHours", { hours: 1, label: "报警" })).toBe("还剩 1 小时：报警");
    expect(translator("en")("cases.caseCount", { count: 1 })).toBe("1 case");
    expect(translator("en")("cases.caseCount", { count: 1200 })).toBe("1,200 cases");
    expect(translator("zh-CN")("cases.caseCount", { count: 3 })).toBe("共 3 个案件");
  });

  test("ICU select picks the branch in both languages, with `other` for an unknown value", () => {
    const values = { line: 19, value: "¥0.3.5" };
    expect(translator("zh-CN")("bills.errors.bad_row", { ...values, field: "amount" })).toMatch(
      /^第 19 行的金额无法读取/,
    );
    expect(translator("en")("bills.errors.bad_row", { ...values, field: "amount" })).toMatch(/^Line 19: the amount /);
    expect(translator("en")("bills.errors.bad_row", { ...values, field: "nickname" })).toMatch(/^Line 19: the field /);
    expect(translator("zh-CN")("bills.errors.bad_row", { ...values, field: "nickname" })).toMatch(/^第 19 行的字段/);
  });

  test("a value is inserted as text, never read as ICU: a user's braces and quotes survive", () => {
    const title = "{count, plural, other {#}} 'x' {label}";
    expect(translator("en", "reminderEmail")("case", { title })).toBe(`Case: ${title}`);
  });

  test("one translator per language and namespace is kept, with its parsed messages", () => {
    expect(translator("en", "feed")).toBe(translator("en", "feed"));
    expect(translator("en", "feed")).not.toBe(translator("zh-CN", "feed"));
    expect(translator("en")).not.toBe(translator("en", "feed"));
    expect(messagesFor("en").feed.calendarName).not.toBe(messagesFor("zh-CN").feed.calendarName);
  });
});

describe("isMessageKey narrows a string read at run time", () => {
  test.each([
    ["errors.crossSite", true],
    ["workspace.events.POLICE_REPORTED", true],
    ["errors", false],
    ["errors.noSuchKey", false],
    ["errors.crossSite.more", false],
    ["constructor", false],
    ["errors.__proto__", false],
    ["", false],
  ])("%s → %s", (key, known) => {
    expect(isMessageKey(key)).toBe(known);
  });
});

describe("requestLocale", () => {
  const request = (headers: Record<string, string>) => new Request("http://localhost/api/x", { headers });
  test("the language cookie wins over the browser's; without it the browser's Accept-Language decides", () => {
    expect(requestLocale(request({ cookie: "a=1; NEXT_LOCALE=en", "accept-language": "zh-CN" }))).toBe("en");
    expect(requestLocale(request({ cookie: "NEXT_LOCALE=zh-CN", "accept-language": "en-US" }))).toBe("zh-CN");
    expect(requestLocale(request({ "accept-language": "en-GB,en;q=0.8" }))).toBe("en");
    expect(requestLocale(request({ cookie: "NEXT_LOCALE=fr", "accept-language": "en" }))).toBe("en");
    expect(requestLocale(request({}))).toBe("zh-CN");
  });
});
