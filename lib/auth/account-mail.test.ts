import { describe, expect, test } from "vitest";
import { copyProblems } from "@/lib/i18n/copy-check";
import { authMailCopy, accountExistsMail, verifyEmailMail } from "./account-mail";
import { magicLinkMail } from "./magic-link-mail";

const URL_WITH_QUERY = "https://recourse.example/api/auth/verify?token=a1&email=wang%40example.com";

describe("auth emails come from the messages, in both languages", () => {
  test.each(["verify", "accountExists", "signIn"] as const)("%s reads right in each language", (mail) => {
    for (const locale of ["zh-CN", "en"] as const) {
      const copy = authMailCopy(mail, locale, { host: "localhost:3000" });
      const text = Object.values(copy).join("\n");
      expect(copyProblems(text, locale), `${mail} ${locale}`).toEqual([]);
      expect(text).not.toMatch(/authEmail|\{/);
    }
    expect(authMailCopy(mail, "zh-CN").lead).toMatch(/[\u4e00-\u9fff]/);
    expect(authMailCopy(mail, "zh-CN").lead).toMatch(/：$/);
  });

  test("a mail carries Chinese first, then English, each with the link", () => {
    const mail = verifyEmailMail("wang@example.com", URL_WITH_QUERY);
    expect(mail.subject).toBe("确认您的邮箱 / Confirm your email — Recourse");
    const [zh, en] = mail.text.split("\n\n");
    expect(zh).toContain("完成 Recourse 注册（24 小时内有效）：");
    expect(zh).toContain(URL_WITH_QUERY);
    expect(en).toContain("valid for 24 hours");
    expect(en).toContain(URL_WITH_QUERY);
    expect(mail.html).toContain(`href="${URL_WITH_QUERY.replaceAll("&", "&#38;")}"`);
    expect(mail.html).not.toContain("&email");
    expect(mail.html.indexOf("确认邮箱")).toBeLessThan(mail.html.indexOf("Confirm email"));
  });

  test("subjects name the host for a sign-in link and say the account exists otherwise", () => {
    expect(magicLinkMail("a@example.com", URL_WITH_QUERY, "localhost:3000").subject).toBe(
      "登录 Recourse 追款助手 / Sign in to Recourse (localhost:3000)",
    );
    expect(accountExistsMail("a@example.com", "https://recourse.example/sign-in").subject).toBe(
      "您已有 Recourse 账户 / You already have a Recourse account",
    );
  });

  test("a link is an attribute value in the HTML, never markup", () => {
    const mail = magicLinkMail("a@example.com", 'https://x.example/?a="><script>1</script>', "x.example");
    expect(mail.html).not.toContain("<script>");
    expect(mail.text).toContain('"><script>');
  });
});
