import type { OutgoingMail } from "@/lib/mail";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Bilingual on purpose, like the sign-in mail: the address may not know the person's language.

export function verifyEmailMail(to: string, url: string): OutgoingMail {
  const safeUrl = escapeHtml(url);
  return {
    to,
    subject: "确认您的邮箱 / Confirm your email — Recourse",
    text: [
      "请点击以下链接确认邮箱，完成 Recourse 注册（24 小时内有效）：",
      url,
      "",
      "Confirm your email to finish creating your Recourse account (valid for 24 hours):",
      url,
      "",
      "如果不是您本人操作，请忽略本邮件。If you did not sign up, ignore this email.",
    ].join("\n"),
    html: `<p>请点击以下链接确认邮箱，完成 Recourse 注册（24 小时内有效）：</p>
<p><a href="${safeUrl}">确认邮箱 / Confirm email</a></p>
<p>Confirm your email to finish creating your Recourse account (valid for 24 hours).</p>
<p style="color:#666">如果不是您本人操作，请忽略本邮件。If you did not sign up, ignore this email.</p>`,
    logHint: `email confirmation link for ${to}: in the file above`,
  };
}

/** Sent instead of a confirmation when someone signs up with an address that has an account. */
export function accountExistsMail(to: string, signInUrl: string): OutgoingMail {
  const safeUrl = escapeHtml(signInUrl);
  return {
    to,
    subject: "您已有 Recourse 账户 / You already have a Recourse account",
    text: [
      "有人（可能是您）用这个邮箱注册 Recourse，但该邮箱已有账户。请直接登录；忘记密码可用邮件链接登录：",
      signInUrl,
      "",
      "Someone (probably you) tried to sign up with this address, but it already has an account. Sign in instead; if you forgot the password, use the email sign-in link:",
      signInUrl,
      "",
      "如果不是您本人操作，请忽略本邮件，您的账户没有变化。If this was not you, ignore this email: nothing changed.",
    ].join("\n"),
    html: `<p>有人（可能是您）用这个邮箱注册 Recourse，但该邮箱已有账户。请直接登录；忘记密码可用邮件链接登录。</p>
<p>Someone (probably you) tried to sign up with this address, but it already has an account. Sign in instead; if you forgot the password, use the email sign-in link.</p>
<p><a href="${safeUrl}">登录 / Sign in</a></p>
<p style="color:#666">如果不是您本人操作，请忽略本邮件，您的账户没有变化。If this was not you, ignore this email: nothing changed.</p>`,
    logHint: `account-exists notice for ${to}`,
  };
}
