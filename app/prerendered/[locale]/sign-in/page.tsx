import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { prerenderedLocale } from "@/lib/i18n/prerendered-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await prerenderedLocale(params);
  return { title: (await getTranslations("auth"))("signInTitle") };
}

// Served only to a request with no session cookie and no query (proxy.ts): the per-request
// page (app/(auth)/sign-in) handles ?error=, ?verified= and sends a signed-in user on.
export default async function PrerenderedSignInPage({ params }: Params) {
  await prerenderedLocale(params);
  return <SignInPanel />;
}
