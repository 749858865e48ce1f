import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authOptions, confirmEmail, passwordProblem, signUpWithPassword } from "@/lib/auth";
import { SignUpSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";

const received: ParsedMail[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const mailTo = (address: string) => received.filter((m) => (m.to && "text" in m.to ? m.to.text : "") === address);

describe("sign-up does not reveal whether an email is registered", () => {
  test("new and existing addresses get the same answer; the mail says which, and confirms the new one", async () => {
    const input = SignUpSchema.parse({ email: "Zhou.Min@example.com", password: "plum kettle orbit saffron" });
    expect(await signUpWithPassword(input, "zh-CN")).toBe("created");
    const again = SignUpSchema.parse({ email: "zhou.min@example.com", password: "another long pass phrase" });
    expect(await signUpWithPassword(again, "en")).toBe("exists");
    // The action answers ok(null) for both (app/(auth)/actions.ts); only the mailbox learns which.

    const [confirmation, notice] = mailTo("zhou.min@example.com");
    expect(confirmation?.subject).toBe("确认您的邮箱 / Confirm your email — Recourse");
    expect(notice?.subject).toBe("您已有 Recourse 账户 / You already have a Recourse account");
    expect(notice?.text).toContain("already has an account");
    expect(notice?.text).toContain("http://localhost:3000/sign-in");

    const user = await db().user.findUniqueOrThrow({ where: { email: "zhou.min@example.com" } });
    expect(user.emailVerified).toBeNull();
    const token = /verify-email\?token=([\w-]+)/.exec(confirmation?.text ?? "")?.[1];
    expect(token).toBeTruthy();
    expect(await confirmEmail(token)).toBe(user.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);
    // Single use, and nonsense is refused without an error.
    expect(await confirmEmail(token)).toBeNull();
    expect(await confirmEmail("x".repeat(43))).toBeNull();
    expect(await confirmEmail(undefined)).toBeNull();
  });

  test("an expired confirmation link does not verify", async () => {
    const input = SignUpSchema.parse({ email: "late@example.com", password: "plum kettle orbit saffron" });
    const t0 = new Date("2026-04-01T00:00:00Z");
    await signUpWithPassword(input, "zh-CN", t0);
    const token = /verify-email\?token=([\w-]+)/.exec(mailTo("late@example.com")[0]?.text ?? "")?.[1];
    expect(await confirmEmail(token, new Date(t0.getTime() + 25 * 3600_000))).toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { email: "late@example.com" } })).emailVerified).toBeNull();
  });
});

describe("password rules", () => {
  test("common and breached-list passwords, and ones containing the email, are refused with the reason", () => {
    expect(passwordProblem("password123", "a@example.com")).toBe("auth.passwordCommon");
    expect(passwordProblem("qwertyuiop", "a@example.com")).toBe("auth.passwordCommon");
    expect(passwordProblem("1234567890", "a@example.com")).toBe("auth.passwordCommon");
    expect(passwordProblem("wang.lei@example.com", "wang.lei@example.com")).toBe("auth.passwordContainsEmail");
    expect(passwordProblem("wang.lei2024!!", "wang.lei@example.com")).toBe("auth.passwordContainsEmail");
    expect(passwordProblem("aaaaaaaaaaaa", "a@example.com")).toBe("auth.passwordWeak");
    expect(passwordProblem("plum kettle orbit saffron", "wang.lei@example.com")).toBeNull();
  });
});

describe("magic links", () => {
  test("refuse an address the sign-up form refuses, before any token or account exists", () => {
    const email = authOptions().providers.find((p) => p.id === "email") as unknown as {
      options: { normalizeIdentifier: (identifier: string) => string };
    };
    expect(() => email.options.normalizeIdentifier("<script>x</script>@evil.example")).toThrow("invalid_email");
    expect(email.options.normalizeIdentifier(" Li@Example.COM ")).toBe("li@example.com");
  });
});
