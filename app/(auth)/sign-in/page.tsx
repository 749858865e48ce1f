import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

// next-auth sends failed magic links and provider errors back here as ?error=<code>.
function errorKey(code: string | undefined): string | null {
  if (!code) return null;
  if (code === "Verification") return "linkExpired";
  if (code === "rate_limited") return "rateLimited";
  if (code === "EmailSignin") return "emailSendFailed";
  if (code === "invalid_email") return "invalidEmailLink";
  return "signInFailed";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; verified?: string }>;
}) {
  if (await getSessionUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const params = await searchParams;
  const key = errorKey(typeof params.error === "string" ? params.error : undefined);
  return (
    <section className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {key ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
          {t(key)}
        </p>
      ) : null}
      {params.verified === "1" ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-green-800">
          {t("emailVerified")}
        </p>
      ) : null}
      <SignInForm />
      <hr className="border-slate-200" />
      <h2 id="magic-link" className="font-medium">
        {t("magicLinkTitle")}
      </h2>
      <MagicLinkForm />
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-sky-700 underline">
          {(await getTranslations("nav"))("signUp")}
        </Link>
      </p>
    </section>
  );
}
