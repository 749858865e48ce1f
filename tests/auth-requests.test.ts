import { describe, expect, onTestFinished, test, vi } from "vitest";
import { guardAuthRequest } from "@/lib/auth";
import { AUTH_BODY_LIMIT } from "@/lib/auth/guard-auth-request";
import { deviceCookieName, issueDeviceCookie } from "@/lib/auth/device-cookie";
import {
  MAGIC_LINK_PER_ACCOUNT,
  MAGIC_LINK_PER_ACCOUNT_AND_IP,
  MAGIC_LINK_PER_IP,
  SIGN_IN_PER_DEVICE,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address.mjs";

const BASE = "http://localhost:3000/api/auth";
const form = { "content-type": "application/x-www-form-urlencoded" };

async function status(request: Request, segments: string[]) {
  const guarded = await guardAuthRequest(request, segments);
  return guarded.ok ? "through" : guarded.response.status;
}

describe("requests to /api/auth/* before next-auth sees them", () => {
  test("wrong methods get 405 (GET callback/credentials used to be a 500); unknown paths 404", async () => {
    const refused = await guardAuthRequest(new Request(`${BASE}/callback/credentials`), ["callback", "credentials"]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.response.status).toBe(405);
      expect(refused.response.headers.get("allow")).toBe("POST");
    }
    expect(await status(new Request(`${BASE}/signin/email`), ["signin", "email"])).toBe(405);
    expect(await status(new Request(`${BASE}/session`, { method: "PUT" }), ["session"])).toBe(405);
    expect(await status(new Request(`${BASE}/nonsense`), ["nonsense"])).toBe(404);
    expect(await status(new Request(`${BASE}/__proto__`), ["__proto__"])).toBe(404);
    expect(await status(new Request(`${BASE}/csrf`), ["csrf"])).toBe("through");
  });

  test("a body over the cap is refused without reading it whole", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 100 * 1024 * 1024) controller.close();
      },
    });
    const big = new Request(`${BASE}/callback/credentials`, {
      method: "POST",
      headers: form,
      body: endless,
      duplex: "half",
    } as RequestInit);
    expect(await status(big, ["callback", "credentials"])).toBe(413);
    expect(pulled).toBeLessThan(1024 * 1024);
    const declared = new Request(`${BASE}/callback/credentials`, {
      method: "POST",
      headers: { ...form, "content-length": String(100 * 1024 * 1024) },
      body: "email=a",
    });
    expect(await status(declared, ["callback", "credentials"])).toBe(413);
    const fine = new Request(`${BASE}/callback/credentials`, {
      method: "POST",
      headers: form,
      body: "a".repeat(AUTH_BODY_LIMIT - 10),
    });
    expect(await status(fine, ["callback", "credentials"])).toBe("through");
  });

  test("a JSON body that does not parse is a 400, not a 500", async () => {
    const broken = new Request(`${BASE}/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(await status(broken, ["callback", "credentials"])).toBe(400);
  });

  test("a foreign or malformed callbackUrl is replaced by the home page", async () => {
    const guarded = await guardAuthRequest(
      new Request(`${BASE}/signin?callbackUrl=${encodeURIComponent("http://localhost:3000.evil.example/")}`),
      ["signin"],
    );
    expect(guarded.ok && guarded.request.nextUrl.searchParams.get("callbackUrl")).toBe("http://localhost:3000");
    const posted = await guardAuthRequest(
      new Request(`${BASE}/signin/email`, {
        method: "POST",
        headers: { ...form, [CLIENT_ADDRESS_HEADER]: "192.0.2.50" },
        body: new URLSearchParams({ email: "a@example.com", callbackUrl: "http://[::1" }).toString(),
      }),
      ["signin", "email"],
    );
    expect(posted.ok).toBe(true);
    if (posted.ok)
      expect(new URLSearchParams(await posted.request.text()).get("callbackUrl")).toBe("http://localhost:3000");
  });

  test("magic links: the app's email check first, then a per-address limit", async () => {
    const ask = (email: string, ip: string) =>
      guardAuthRequest(
        new Request(`${BASE}/signin/email`, {
          method: "POST",
          headers: { ...form, [CLIENT_ADDRESS_HEADER]: ip },
          body: new URLSearchParams({ email, csrfToken: "t", json: "true" }).toString(),
        }),
        ["signin", "email"],
      );
    const script = await ask("<script>x</script>@evil.example", "192.0.2.60");
    expect(script.ok).toBe(false);
    if (!script.ok)
      expect(await script.response.json()).toEqual({ url: "http://localhost:3000/sign-in?error=invalid_email" });

    for (let i = 0; i < MAGIC_LINK_PER_IP.limit; i++) {
      expect((await ask(`person-${i}@example.com`, "192.0.2.61")).ok).toBe(true);
    }
    const limited = await ask("one-more@example.com", "192.0.2.61");
    expect(limited.ok).toBe(false);
    if (!limited.ok) {
      expect(limited.response.status).toBe(429);
      expect(await limited.response.json()).toEqual({
        url: "http://localhost:3000/sign-in?error=link_limit_address",
      });
    }
    expect((await ask("someone@example.com", "192.0.2.62")).ok).toBe(true);
  });

  test("per-address link limit fits carrier NAT: many people behind one address each get a link", async () => {
    expect(MAGIC_LINK_PER_IP.limit).toBeGreaterThanOrEqual(100);
    expect(MAGIC_LINK_PER_ACCOUNT_AND_IP.limit).toBeLessThanOrEqual(5);
  });

  const askAs = (email: string, ip: string, cookie?: string) =>
    guardAuthRequest(
      new Request(`${BASE}/signin/email`, {
        method: "POST",
        headers: { ...form, [CLIENT_ADDRESS_HEADER]: ip, ...(cookie ? { cookie } : {}) },
        body: new URLSearchParams({ email, csrfToken: "t", json: "true" }).toString(),
      }),
      ["signin", "email"],
    );
  const code = async (guarded: Awaited<ReturnType<typeof askAs>>) =>
    guarded.ok
      ? "through"
      : new URL(((await guarded.response.json()) as { url: string }).url).searchParams.get("error");

  test("links requested elsewhere never block the owner's own request", async () => {
    // The probe: three link requests from another address…
    for (let i = 0; i < MAGIC_LINK_PER_ACCOUNT_AND_IP.limit; i++) {
      expect(await code(await askAs("owner-link@example.com", "198.51.100.70"))).toBe("through");
    }
    expect(await code(await askAs("owner-link@example.com", "198.51.100.70"))).toBe("link_limit_account");
    // …and the owner at home still gets his.
    expect(await code(await askAs("owner-link@example.com", "203.0.113.70"))).toBe("through");
  });

  test("a flood from many addresses meets the per-account ceiling, but not a device that signed in before", async () => {
    const user = await db().user.create({ data: { email: "flooded@example.com" }, select: { id: true } });
    await db().rateLimit.create({
      data: {
        key: "magic-link:account:flooded@example.com",
        windowStart: new Date(),
        count: MAGIC_LINK_PER_ACCOUNT.limit,
      },
    });
    expect(await code(await askAs("flooded@example.com", "203.0.113.71"))).toBe("link_limit_elsewhere");
    const device = `${deviceCookieName()}=${issueDeviceCookie(user.id, "test-secret-that-is-long-enough-for-the-env-check")}`;
    expect(await code(await askAs("flooded@example.com", "203.0.113.71", device))).toBe("through");
    // The device has a limit of its own, and its own code: the message names that number.
    for (let i = 1; i < SIGN_IN_PER_DEVICE.limit; i++) {
      expect(await code(await askAs("flooded@example.com", "203.0.113.71", device))).toBe("through");
    }
    expect(await code(await askAs("flooded@example.com", "203.0.113.71", device))).toBe("link_limit_device");
  });

  test("a refusal sends the form to NEXTAUTH_URL's origin, never the request's Host", async () => {
    // What the request says its host is (a forged Host header makes request.url) must not matter.
    vi.stubEnv("NEXTAUTH_URL", "https://recourse.example");
    resetEnvForTests();
    onTestFinished(() => {
      vi.unstubAllEnvs();
      resetEnvForTests();
    });
    const forged = await guardAuthRequest(
      new Request("http://evil.example/api/auth/signin/email", {
        method: "POST",
        headers: { ...form, host: "evil.example" },
        body: new URLSearchParams({ email: "not-an-address", csrfToken: "t", json: "true" }).toString(),
      }),
      ["signin", "email"],
    );
    expect(forged.ok).toBe(false);
    if (forged.ok) return;
    expect(forged.response.status).toBe(400);
    const { url } = (await forged.response.json()) as { url: string };
    expect(url).toBe("https://recourse.example/sign-in?error=invalid_email");
  });
});
