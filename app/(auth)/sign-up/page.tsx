import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { CarriedAnswers } from "@/components/first-aid/carried-answers";
import { getSessionUser } from "@/lib/auth";
import { signUp } from "../actions";
import { carriedAnswers, firstAidPath, firstAidQuery, readCarriedAnswers } from "@/lib/first-aid/answers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: Search }) {
  // First aid's "保存为案件": its answers, shown and carried through to the confirmation link
  // (someone already signed in goes back to first aid, where saving is one tap).
  const answers = readCarriedAnswers((await searchParams).answers, new Date());
  const firstAid = answers ? `${firstAidPath(answers.kind)}?${firstAidQuery(answers)}` : null;
  if (await getSessionUser()) redirect(firstAid ?? "/dashboard");
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      {answers ? <CarriedAnswers answers={answers} /> : null}
      <SignUpForm answers={answers ? carriedAnswers(answers) : undefined} signUp={signUp} />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link
          href={firstAid ? `/sign-in?${new URLSearchParams({ callbackUrl: firstAid })}` : "/sign-in"}
          className="text-sky-700 underline"
        >
          {(await getTranslations("nav"))("signIn")}
        </Link>
      </p>
    </section>
  );
}
