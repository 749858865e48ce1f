import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { getSessionUser } from "@/lib/auth";
import { firstAidReturnPath } from "@/lib/first-aid/answers";
import type { KeyIn } from "@/lib/i18n/translator";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

// next-auth sends failed magic links and provider errors back here as ?error=<code>.
function errorKey(code: string | undefined): KeyIn<"auth"> | null {
  if (!code) return null;
  if (code === "Verification") return "linkExpired";
  if (code === "rate_limited") return "rateLimited";
  if (code === "EmailSignin") return "emailSendFailed";
  if (code === "link_limit_address") return "linkLimitAddress";
  if (code === "link_limit_account") return "linkLimitAccount";
  if (code === "link_limit_device") return "linkLimitDevice";
  if (code === "link_limit_elsewhere") return "linkLimitElsewhere";
  if (code === "invalid_email") return "invalidEmailLink";
  return "signInFailed";
}

// Rendered per request for a query string or a session cookie; a plain visit gets the
// prerendered page (app/prerendered/[locale]/sign-in/page.tsx, routed by proxy.ts).
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; verified?: string; callbackUrl?: string }>;
}) {
  const params = await searchParams;
  // From first aid's "保存为案件": back to its answers after signing in, to save them in one tap.
  const next = firstAidReturnPath(params.callbackUrl, new Date());
  if (await getSessionUser()) redirect(next ?? "/dashboard");
  return (
    <ClientMessages namespaces={["errors", "auth"]}>
      <SignInPanel
        next={next ?? undefined}
        errorKey={errorKey(typeof params.error === "string" ? params.error : undefined)}
        verified={params.verified === "1"}
      />
    </ClientMessages>
  );
}
