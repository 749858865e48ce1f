import { describe, expect, test } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./config";

describe("the first visit's language from Accept-Language", () => {
  test("zh* → zh-CN, en* → en, anything else or nothing → zh-CN", () => {
    const cases: [string | null, string][] = [
      ["en-US,en;q=0.9", "en"],
      ["en", "en"],
      ["EN-gb", "en"],
      ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
      ["zh-TW", "zh-CN"],
      ["zh-Hant-HK", "zh-CN"],
      ["fr-FR", "zh-CN"],
      ["*", "zh-CN"],
      ["", "zh-CN"],
      [null, "zh-CN"],
      ["garbage;;;,=,", "zh-CN"],
      // "english" is not the tag "en".
      ["english", "zh-CN"],
    ];
    expect(cases.map(([header]) => [header, localeFromAcceptLanguage(header)])).toEqual(cases);
  });

  test("the most preferred language we serve wins: q order first, then header order; q=0 is refused", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8,zh;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.5,zh-CN;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en;q=0,zh")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("de, en-US")).toBe("en");
  });

  test("a chosen language (the cookie) wins; an unknown cookie value is no choice", () => {
    expect(resolveLocale("zh-CN", "en-US")).toBe("zh-CN");
    expect(resolveLocale("en", "zh-CN")).toBe("en");
    expect(resolveLocale("fr", "en-US")).toBe("en");
    expect(resolveLocale(undefined, undefined)).toBe("zh-CN");
  });
});
