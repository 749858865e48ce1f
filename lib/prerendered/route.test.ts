import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { locales } from "@/lib/i18n/config";
import {
  PRERENDERED_LOCALE_HEADER,
  PRERENDERED_PAGES,
  isPrerenderedPath,
  prerenderedPage,
  prerenderedPagePath,
} from "./route";
import { FIRST_AID_SLUG_LIST } from "@/lib/first-aid/answers";

const request = (pathname: string, cookies: Record<string, string> = {}, query = "") => ({
  pathname,
  searchParams: new URLSearchParams(query),
  cookies: new Map(Object.entries(cookies)),
});

describe("which requests get a prerendered page", () => {
  test("a visitor without a session asking for a public page with no query, in the cookie's language", () => {
    expect(prerenderedPage(request("/"))).toEqual({ locale: "zh-CN", path: "/prerendered/zh-CN" });
    expect(prerenderedPage(request("/calculator", { NEXT_LOCALE: "en" }))).toEqual({
      locale: "en",
      path: "/prerendered/en/calculator",
    });
    expect(prerenderedPage(request("/sign-in", { NEXT_LOCALE: "zh-CN" }))?.path).toBe("/prerendered/zh-CN/sign-in");
    // An unknown language falls back to the default, as on every other page.
    expect(prerenderedPage(request("/", { NEXT_LOCALE: "fr" }))?.locale).toBe("zh-CN");
    // next-auth's other cookies (set on the sign-in page before any session) change nothing.
    const anonymous = { "next-auth.csrf-token": "x", "next-auth.callback-url": "y" };
    expect(prerenderedPage(request("/sign-in", anonymous))?.path).toBe("/prerendered/zh-CN/sign-in");
  });

  test("a first visit (no cookie) follows Accept-Language; a cookie, once there, wins over it", () => {
    const first = (acceptLanguage: string) => prerenderedPage({ ...request("/"), acceptLanguage })?.path;
    expect(first("en-US,en;q=0.9")).toBe("/prerendered/en");
    expect(first("zh-TW,en;q=0.5")).toBe("/prerendered/zh-CN");
    expect(first("fr-FR")).toBe("/prerendered/zh-CN");
    const chosen = { ...request("/calculator", { NEXT_LOCALE: "zh-CN" }), acceptLanguage: "en-US" };
    expect(prerenderedPage(chosen)?.path).toBe("/prerendered/zh-CN/calculator");
  });

  test("any session cookie, valid or not, and any query go to the page rendered per request", () => {
    for (const name of [
      "next-auth.session-token",
      "__Secure-next-auth.session-token",
      "next-auth.session-token.0",
      "__Secure-next-auth.session-token.1",
    ]) {
      expect(prerenderedPage(request("/", { [name]: "whatever" }))).toBeNull();
    }
    expect(prerenderedPage(request("/calculator", {}, "mode=kind&kind=FRAUD"))).toBeNull();
    expect(prerenderedPage(request("/sign-in", {}, "error=Verification"))).toBeNull();
    expect(prerenderedPage(request("/sign-in", {}, "verified=1"))).toBeNull();
  });

  test("first aid's first screen, one per kind, and nothing else under /first-aid", () => {
    expect(PRERENDERED_PAGES.filter((p) => p.startsWith("/first-aid/")).sort()).toEqual(
      FIRST_AID_SLUG_LIST.map((slug) => `/first-aid/${slug}`).sort(),
    );
    expect(prerenderedPage(request("/first-aid/fraud", { NEXT_LOCALE: "en" }))?.path).toBe(
      "/prerendered/en/first-aid/fraud",
    );
    // Answers in the query: deadlines depend on them and on now.
    expect(prerenderedPage(request("/first-aid/fraud", {}, "platform=ALIPAY"))).toBeNull();
    expect(prerenderedPage(request("/first-aid/fraud", { "next-auth.session-token": "x" }))).toBeNull();
    expect(isPrerenderedPath("/prerendered/zh-CN/first-aid/account-theft")).toBe(true);
  });

  test("only the public pages", () => {
    for (const path of [
      "/sign-up",
      "/dashboard",
      "/cases",
      "/calculator/x",
      "/sign-in/two-factor",
      "/prerendered",
      "/first-aid",
      "/first-aid/x",
    ]) {
      expect(prerenderedPage(request(path))).toBeNull();
    }
  });

  test("the prerendered pages' own URLs are known, nothing else under /prerendered", () => {
    expect(isPrerenderedPath("/prerendered/en")).toBe(true);
    expect(isPrerenderedPath("/prerendered/zh-CN/calculator")).toBe(true);
    expect(isPrerenderedPath("/prerendered/en/sign-in")).toBe(true);
    for (const path of ["/prerendered", "/prerendered/fr", "/prerendered/en/sign-up", "/prerendered/en/../../etc"]) {
      expect(isPrerenderedPath(path)).toBe(false);
    }
  });
});

describe("next.config.js serves the page the proxy chose", () => {
  type Rule = { source: string; has: Array<{ type: string; key: string; value: string }>; destination: string };
  const require = createRequire(import.meta.url);
  const config = require("../../next.config.js") as { rewrites: () => Promise<{ beforeFiles: Rule[] }> };

  test("one rewrite per public page, keyed on the proxy's header, to that language's page", async () => {
    const { beforeFiles } = await config.rewrites();
    expect(beforeFiles.map((rule) => rule.source).sort()).toEqual([...PRERENDERED_PAGES].sort());
    for (const rule of beforeFiles) {
      const page = PRERENDERED_PAGES.find((p) => p === rule.source)!;
      const [condition] = rule.has;
      expect(rule.has).toHaveLength(1);
      expect(condition).toMatchObject({ type: "header", key: PRERENDERED_LOCALE_HEADER });
      // Next anchors `has` values: ^…$.
      const matcher = new RegExp(`^${condition!.value}$`);
      for (const locale of locales) {
        const captured = matcher.exec(locale)?.groups?.locale;
        expect(captured).toBe(locale);
        expect(rule.destination.replace(":locale", captured!)).toBe(prerenderedPagePath(page, locale));
      }
      for (const other of ["", "fr", "en/../x", "zh-CN,en"]) expect(matcher.test(other)).toBe(false);
    }
  });
});
