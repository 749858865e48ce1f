import type { OutgoingMail } from "@/lib/mail";
import { bilingualAuthMail } from "./account-mail";

/** Bilingual on purpose: the address may not know which language the person chose. */
export function magicLinkMail(to: string, url: string, host: string): OutgoingMail {
  return bilingualAuthMail("signIn", to, url, `sign-in link for ${to}: in the file above`, { host });
}
