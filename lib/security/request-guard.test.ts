import { describe, expect, test } from "vitest";
import { staticSecurityHeaders } from "@/lib/security/headers";
import {
  ACTION_BODY_LIMIT,
  guardRequest,
  guardSecurityHeaders,
  isCrossSiteWrite,
  isMalformedTarget,
} from "./request-guard.mjs";

const action = (headers: Record<string, string>, url = "/cases/new") => ({
  method: "POST",
  url,
  headers: { host: "localhost:3000", "next-action": "7f00", "content-length": "120", ...headers },
});

describe("guardRequest: what Next would answer with a 500", () => {
  test("invalid percent-escapes anywhere in the path → 400", () => {
    for (const url of [
      "/%ED",
      "/cases/%ED",
      "/feed/%ED.ics",
      "/_next/static/%ED",
      "/api/cases/%E4%B8/evidence",
      "/%",
    ]) {
      expect(guardRequest({ method: "GET", url, headers: {} })?.status, url).toBe(400);
    }
    for (const url of ["/", "/cases/%E4%B8%AD", "/feed/abc.ics?x=%ED", "/sign-in?callbackUrl=%2Fdashboard"]) {
      expect(guardRequest({ method: "GET", url, headers: {} }), url).toBeNull();
    }
    expect(isMalformedTarget("http://evil.example/")).toBe(true);
    // NUL, in the path or the query: PostgreSQL would refuse it deep inside a handler.
    expect(guardRequest({ method: "GET", url: "/api/cases/%00/bundle", headers: {} })?.status).toBe(400);
    expect(guardRequest({ method: "GET", url: "/verify-email?token=%00&email=a", headers: {} })?.status).toBe(400);
  });

  test("a server action from another origin → 403, from this one → through", () => {
    expect(guardRequest(action({ origin: "http://evil.example" }))?.status).toBe(403);
    expect(guardRequest(action({ origin: "http://localhost:4000", "sec-fetch-site": "same-site" }))?.status).toBe(403);
    expect(guardRequest(action({ origin: "null" }))?.status).toBe(403);
    expect(guardRequest(action({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBeNull();
    // Behind a proxy that rewrites Host, the configured public origin is this site too.
    expect(
      guardRequest(action({ origin: "https://recourse.example", host: "10.0.0.5:3000" }), {
        siteOrigin: "https://recourse.example",
      }),
    ).toBeNull();
  });

  test("an oversized action body → 413 before anything is read; no length → 411", () => {
    expect(guardRequest(action({ "content-length": String(100 * 1024 * 1024) }))?.status).toBe(413);
    expect(guardRequest(action({ "content-length": String(ACTION_BODY_LIMIT) }))).toBeNull();
    const { "content-length": _dropped, ...chunked } = action({}).headers;
    expect(guardRequest({ method: "POST", url: "/cases/new", headers: chunked })?.status).toBe(411);
    // A multipart form posted to a page is an action to Next (no JavaScript): the same checks,
    // and a multipart type without a boundary is refused before Next's parser throws.
    const form = { host: "localhost:3000", "content-type": "multipart/form-data", "content-length": "11" };
    expect(guardRequest({ method: "POST", url: "/sign-up", headers: form })?.status).toBe(400);
    expect(
      guardRequest({
        method: "POST",
        url: "/sign-up",
        headers: { ...form, "content-type": "multipart/form-data; boundary=z" },
      }),
    ).toBeNull();
    expect(
      guardRequest({ method: "POST", url: "/sign-up", headers: { ...form, origin: "http://evil.example" } })?.status,
    ).toBe(403);
    // A plain page POST (no action header) and API routes are not actions: their handlers decide.
    expect(
      guardRequest({ method: "POST", url: "/api/cases/c1/evidence", headers: { "content-length": "999999999" } }),
    ).toBeNull();
  });

  test("every refusal is bilingual and the headers match the app's fixed security headers", () => {
    for (const status of [400, 403, 413] as const) {
      const request =
        status === 400
          ? { method: "GET", url: "/%ED", headers: {} }
          : status === 403
            ? action({ origin: "http://evil.example" })
            : action({ "content-length": "99999999" });
      const body = guardRequest(request)?.body ?? "";
      expect(body).toMatch(/[\u4e00-\u9fff]/);
      expect(body).toMatch(/[A-Za-z]{4}/);
    }
    for (const https of [false, true]) {
      const guard = guardSecurityHeaders(https).filter((h) => h.key !== "Content-Security-Policy");
      expect(guard).toEqual(staticSecurityHeaders({ https }));
    }
  });
});

describe("isCrossSiteWrite", () => {
  const base = { method: "POST", host: "localhost:3000" };
  test("reads are never refused; writes need this origin, or no browser markers at all", () => {
    expect(
      isCrossSiteWrite({ ...base, method: "GET", origin: "http://evil.example", secFetchSite: "cross-site" }),
    ).toBe(false);
    expect(isCrossSiteWrite({ ...base, origin: null, secFetchSite: null })).toBe(false);
    expect(isCrossSiteWrite({ ...base, origin: null, secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, origin: null, secFetchSite: "same-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, origin: "http://localhost:3000", secFetchSite: "same-origin" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "DELETE", origin: "http://evil.example", secFetchSite: null })).toBe(
      true,
    );
    expect(isCrossSiteWrite({ ...base, origin: "not a url", secFetchSite: null })).toBe(true);
  });
});
