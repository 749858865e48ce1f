import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test } from "vitest";
import { GET } from "@/app/(auth)/verify-email/route";
import { signUpWithPassword } from "@/lib/auth";
import { trustedDevice } from "@/lib/auth/device-cookie";
import { SignUpSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { carriedAnswers, parseFirstAid } from "@/lib/first-aid/answers";
import { firstAidRefusalKey } from "@/lib/first-aid/save";
import { quotaRule } from "@/lib/quotas";

// The confirmation link signs in, once, and lands on NEXTAUTH_URL's origin — here 127.0.0.1,
// while the request itself arrives as localhost (what a server behind a proxy or on the LAN sees).
const ORIGIN = "http://127.0.0.1:3999";
const PASSWORD = "plum kettle orbit saffron";

beforeAll(() => {
  process.env.NEXTAUTH_URL = ORIGIN;
  resetEnvForTests();
});

/** The confirmation link in the newest .eml to `email` (no SMTP_URL: the outbox). */
async function confirmationLink(email: string): Promise<string> {
  const outbox = path.join(process.env.DATA_DIR ?? "", "outbox");
  for (const file of (await readdir(outbox)).sort().reverse()) {
    const text = (await readFile(path.join(outbox, file), "utf8")).replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    if (!text.includes(encodeURIComponent(email))) continue;
    const link = /https?:\/\/\S+\/verify-email\?[^\s"<]+/.exec(text)?.[0];
    if (link) return link.replace(/&amp;/g, "&");
  }
  throw new Error(`no confirmation mail to ${email}`);
}

async function sessionOf(response: Response) {
  const cookie = /next-auth\.session-token=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) return null;
  const jwt = await decode({ token: cookie, secret: process.env.NEXTAUTH_SECRET ?? "" });
  return db().session.findUnique({ where: { sessionToken: String(jwt?.sid) }, select: { userId: true } });
}

const asLocalhost = (link: string) => link.replace(ORIGIN, "http://localhost:3000");

describe("the confirmation link", () => {
  test("signs in once and lands on the dashboard, on NEXTAUTH_URL's origin", async () => {
    const email = "confirm.once@example.com";
    await signUpWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "zh-CN");
    const link = await confirmationLink(email);
    expect(link.startsWith(`${ORIGIN}/verify-email?`)).toBe(true);

    const first = await GET(new NextRequest(asLocalhost(link)));
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`${ORIGIN}/dashboard`);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect((await sessionOf(first))?.userId).toBe(user.id);
    expect(first.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(first.headers.get("set-cookie")).toContain("NEXT_LOCALE=zh-CN");
    // A confirmed sign-in makes this browser a known device: guessers elsewhere can't lock it out.
    const device = /recourse-device=([^;]+)/.exec(first.headers.get("set-cookie") ?? "")?.[1];
    expect(
      trustedDevice(new Headers({ cookie: `recourse-device=${device}` }), process.env.NEXTAUTH_SECRET ?? "")?.userId,
    ).toBe(user.id);

    const again = await GET(new NextRequest(asLocalhost(link)));
    expect(again.headers.get("location")).toBe(`${ORIGIN}/sign-in?error=Verification`);
    expect(await sessionOf(again)).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(1);
  });

  test("with first-aid answers: opens the case holding them and lands on it", async () => {
    const email = "first.aid@example.com";
    const now = new Date();
    const at = new Date(now.getTime() - 90 * 60_000);
    const wall = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    const parsed = parseFirstAid("FRAUD", new URLSearchParams({ platform: "ALIPAY", at: wall, amount: "5000" }), now);
    if (!parsed.ok) throw new Error("answers should parse");
    const answers = carriedAnswers(parsed.answers);
    await signUpWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "en", now, {
      answers,
      path: `/first-aid/${answers}`,
    });
    const link = await confirmationLink(email);
    expect(new URL(link).searchParams.get("answers")).toBe(answers);

    const response = await GET(new NextRequest(asLocalhost(link)));
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^${ORIGIN}/cases/\\w+$`));
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    const saved = await db().case.findUniqueOrThrow({
      where: { id: location.split("/").pop() },
      include: { payments: true },
    });
    expect(saved).toMatchObject({
      ownerId: user.id,
      kind: "FRAUD",
      platform: "ALIPAY",
      status: "OPEN",
      amountFen: 500000n,
    });
    expect((saved.facts as { discoveredAt: string }).discoveredAt).toBe(
      new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString(),
    );
    expect(saved.payments.map((p) => p.amountFen)).toEqual([500000n]);
    expect((await sessionOf(response))?.userId).toBe(user.id);
    // Signed up in English, opened where no language was chosen: English.
    expect(response.headers.get("set-cookie")).toContain("NEXT_LOCALE=en");
  });

  test("with the hourly case quota used up: no case, back to the answers with the refusal", async () => {
    const email = "first.aid.quota@example.com";
    const now = new Date();
    const wall = new Date(now.getTime() - 30 * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);
    const parsed = parseFirstAid("FRAUD", new URLSearchParams({ platform: "ALIPAY", at: wall, amount: "80" }), now);
    if (!parsed.ok) throw new Error("answers should parse");
    const answers = carriedAnswers(parsed.answers);
    await signUpWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "en", now, {
      answers,
      path: `/first-aid/${answers}`,
    });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    // The cases this account opened in the last hour, as the wizard's quota counts them.
    await db().rateLimit.create({
      data: { key: `quota:cases:${user.id}`, windowStart: now, count: quotaRule("cases").limit },
    });
    const response = await GET(new NextRequest(asLocalhost(await confirmationLink(email))));
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.origin).toBe(ORIGIN);
    expect(`${location.pathname}${location.search}`).toBe(`/first-aid/${answers}&refused=too_many_cases`);
    expect(firstAidRefusalKey(location.searchParams.get("refused"))).toBe("errors.tooManyCases");
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(0);
    // Still signed in: only the case waits.
    expect((await sessionOf(response))?.userId).toBe(user.id);
  });

  test("answers that do not parse are dropped: the sign-in still happens, on the dashboard", async () => {
    const email = "tampered@example.com";
    await signUpWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "zh-CN");
    const link = new URL(await confirmationLink(email));
    link.searchParams.set("answers", "fraud?platform=PAYPAL&at=2026-01-01T00:00&amount=1");
    // A language already chosen in this browser stays.
    const response = await GET(
      new NextRequest(asLocalhost(link.toString()), { headers: { cookie: "NEXT_LOCALE=en" } }),
    );
    expect(response.headers.get("set-cookie")).not.toContain("NEXT_LOCALE");
    expect(response.headers.get("location")).toBe(`${ORIGIN}/dashboard`);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await db().case.count({ where: { ownerId: user.id } })).toBe(0);
  });

  test("an address that already has an account: the mail's sign-in link leads back to first aid with the answers", async () => {
    const email = "has.account@example.com";
    await signUpWithPassword(SignUpSchema.parse({ email, password: PASSWORD }), "zh-CN");
    const now = new Date();
    const parsed = parseFirstAid(
      "INSURANCE_CLAIM",
      new URLSearchParams({ platform: "WECHAT_PAY", at: "2026-01-05T09:00", amount: "12" }),
      now,
    );
    if (!parsed.ok) throw new Error("answers should parse");
    const answers = carriedAnswers(parsed.answers);
    const again = SignUpSchema.parse({ email, password: "another long pass phrase" });
    expect(await signUpWithPassword(again, "zh-CN", now, { answers, path: `/first-aid/${answers}` })).toBe("exists");
    const outbox = path.join(process.env.DATA_DIR ?? "", "outbox");
    const texts = await Promise.all((await readdir(outbox)).map((f) => readFile(path.join(outbox, f), "utf8")));
    const notice = texts
      .map((t) => t.replace(/=\r?\n/g, "").replace(/=3D/g, "="))
      .find((t) => t.includes("already has an account") && t.includes(email));
    const signIn = /https?:\/\/\S+\/sign-in\?[^\s"<]+/.exec(notice ?? "")?.[0] ?? "";
    expect(new URL(signIn).origin).toBe(ORIGIN);
    expect(new URL(signIn).searchParams.get("callbackUrl")).toBe(`/first-aid/${answers}`);
    // No case and no second account before anyone signs in.
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(await db().case.count({ where: { owner: { email } } })).toBe(0);
  });
});
