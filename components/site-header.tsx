import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderMenu } from "./layout/header-menu";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./auth/sign-out-button";

export async function SiteHeader({
  userEmail,
  locale,
  setLocale,
}: {
  userEmail: string | null;
  locale: string;
  setLocale: (locale: string) => Promise<void>;
}) {
  const t = await getTranslations("nav");
  const tc = await getTranslations("common");
  const link = "rounded px-2 py-1 hover:bg-slate-100 max-[480px]:w-full max-[480px]:py-2";
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* One row on a phone: the name and a menu button (HeaderMenu); the links in a row above 480 px. */}
      <nav aria-label="main" className="relative mx-auto flex max-w-4xl items-center gap-2 px-4 py-2 text-sm sm:py-3">
        <Link href="/" className="mr-4 text-base font-bold text-sky-800">
          {tc("appName")}
        </Link>
        <HeaderMenu label={t("menu")}>
          {userEmail ? (
            <>
              <Link href="/dashboard" className={link}>
                {t("dashboard")}
              </Link>
              <Link href="/cases" className={link}>
                {t("myCases")}
              </Link>
            </>
          ) : null}
          {userEmail ? (
            <Link href="/settings/reminders" className={link}>
              {t("reminders")}
            </Link>
          ) : null}
          <Link href="/calculator" className={link}>
            {t("calculator")}
          </Link>
          <span className="hidden flex-1 min-[481px]:block" />
          <LanguageSwitcher current={locale} label={t("language")} setLocale={setLocale} />
          {userEmail ? (
            <>
              <span className="hidden text-slate-500 sm:inline">{t("signedInAs", { email: userEmail })}</span>
              <Link href="/settings/security" className={link}>
                {t("security")}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className={link}>
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className="rounded bg-sky-700 px-3 py-1 text-white hover:bg-sky-800">
                {t("signUp")}
              </Link>
            </>
          )}
        </HeaderMenu>
      </nav>
    </header>
  );
}
