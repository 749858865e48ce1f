import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "./headers";
import { isHttpsSite, sessionCookieNameFor } from "./https-site.cjs";

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "));

describe("security headers", () => {
  test("the CSP allows scripts only by nonce, forbids framing, and has no unsafe-inline script", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123" });
    expect(scriptSrc(csp)).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n" }, { https: true })).toContain("upgrade-insecure-requests");
  });

  test("a prerendered page's CSP names its inline scripts by hash, and otherwise matches the nonce policy", () => {
    const hashes = ["'sha256-AAAA'", "'sha256-BBBB'"];
    const csp = contentSecurityPolicy({ hashes }, { https: true });
    expect(scriptSrc(csp)).toBe("script-src 'self' 'sha256-AAAA' 'sha256-BBBB'");
    const others = (policy: string) => policy.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(others(csp)).toEqual(others(contentSecurityPolicy({ nonce: "n" }, { https: true })));
    expect(scriptSrc(contentSecurityPolicy({ hashes: [] }))).toBe("script-src 'self'");
  });

  test("HSTS only over https; next.config.js sends the same fixed headers", async () => {
    expect(staticSecurityHeaders().map((h) => h.key)).not.toContain("Strict-Transport-Security");
    expect(staticSecurityHeaders({ https: true }).map((h) => h.key)).toContain("Strict-Transport-Security");
    const require = createRequire(import.meta.url);
    const config = require("../../next.config.js") as { headers: () => Promise<Array<{ headers: unknown }>> };
    const [rule] = await config.headers();
    expect(rule?.headers).toEqual(staticSecurityHeaders());
  });

  test("served over https: one test for the headers, the launcher and the session cookie's name", () => {
    expect([
      isHttpsSite("https://recourse.example"),
      isHttpsSite("http://localhost:3000"),
      isHttpsSite(undefined),
    ]).toEqual([true, false, false]);
    expect(sessionCookieNameFor(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieNameFor(false)).toBe("next-auth.session-token");
  });
});
