import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionUser } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <SignUpForm />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-sky-700 underline">
          {(await getTranslations("nav"))("signIn")}
        </Link>
      </p>
    </section>
  );
}
