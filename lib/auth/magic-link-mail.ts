import type { OutgoingMail } from "@/lib/mail";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Bilingual on purpose: the address may not know which language the person chose. */
export function magicLinkMail(to: string, url: string, host: string): OutgoingMail {
  const safeUrl = escapeHtml(url);
  return {
    to,
    subject: `登录 Recourse 追款助手 / Sign in to Recourse (${host})`,
    text: [
      "点击以下链接登录 Recourse（24 小时内有效，仅可使用一次）：",
      url,
      "",
      "Sign in to Recourse with this link (valid for 24 hours, single use):",
      url,
      "",
      "如果不是您本人操作，请忽略本邮件。 If you did not ask for this, ignore this email.",
    ].join("\n"),
    html: `<p>点击以下链接登录 Recourse（24 小时内有效，仅可使用一次）：</p>
<p><a href="${safeUrl}">登录 / Sign in</a></p>
<p>Sign in to Recourse with the link above (valid for 24 hours, single use).</p>
<p style="color:#666">如果不是您本人操作，请忽略本邮件。If you did not ask for this, ignore this email.</p>`,
    logHint: `sign-in link for ${to}: in the file above`,
  };
}
