import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function SignUpCheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p>{t("signUpCheckEmailBody")}</p>
      <Link href="/sign-in" className="text-sky-700 underline">
        {t("signInTitle")}
      </Link>
    </section>
  );
}
