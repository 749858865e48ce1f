import { translator, type Locale } from "@/lib/i18n/translator";
import type { OutgoingMail } from "@/lib/mail";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Chinese first, English second, in one mail: the address may not know the person's language
// (a sign-up from a shared computer, an old account's owner), so every auth mail carries both.
const MAIL_LOCALES: readonly Locale[] = ["zh-CN", "en"];

type AuthMail = "verify" | "accountExists" | "signIn";

/** One auth mail's words in one language, from the messages (authEmail.*). */
export function authMailCopy(mail: AuthMail, locale: Locale, values: { host?: string } = {}) {
  const t = translator(locale, "authEmail");
  return {
    subject: t(`${mail}.subject` as const, values),
    lead: t(`${mail}.lead` as const),
    action: t(`${mail}.action` as const),
    ignore: t(`${mail}.ignore` as const),
  };
}

/** The mail in both languages around one link. */
export function bilingualAuthMail(
  mail: AuthMail,
  to: string,
  url: string,
  logHint: string,
  values: { host?: string } = {},
): OutgoingMail {
  const copies = MAIL_LOCALES.map((locale) => authMailCopy(mail, locale, values));
  const link = escapeHtml(url);
  return {
    to,
    subject: copies.map((c) => c.subject).join(" / "),
    text: copies.map((c) => [c.lead, url, c.ignore].join("\n")).join("\n\n"),
    html: copies
      .map(
        (c) => `<p>${escapeHtml(c.lead)}</p>
<p><a href="${link}">${escapeHtml(c.action)}</a></p>
<p style="color:#666">${escapeHtml(c.ignore)}</p>`,
      )
      .join("\n"),
    logHint,
  };
}

export function verifyEmailMail(to: string, url: string): OutgoingMail {
  return bilingualAuthMail("verify", to, url, `email confirmation link for ${to}: in the file above`);
}

/** Sent instead of a confirmation when someone signs up with an address that has an account. */
export function accountExistsMail(to: string, signInUrl: string): OutgoingMail {
  return bilingualAuthMail("accountExists", to, signInUrl, `account-exists notice for ${to}`);
}
