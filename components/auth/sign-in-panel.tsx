import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MagicLinkForm } from "./magic-link-form";
import { SignInForm } from "./sign-in-form";
import type { KeyIn } from "@/lib/i18n/translator";

/**
 * The sign-in page's body. `errorKey` and `verified` come from the query string, so only the
 * page rendered per request passes them; the prerendered page (no query) shows neither.
 */
export async function SignInPanel({
  errorKey = null,
  verified = false,
  next,
}: {
  errorKey?: KeyIn<"auth"> | null;
  verified?: boolean;
  /** Where to go once signed in (first aid's page with its answers); the dashboard otherwise. */
  next?: string;
}) {
  const [t, nav] = await Promise.all([getTranslations("auth"), getTranslations("nav")]);
  return (
    <section className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {errorKey ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800">
          {t(errorKey)}
        </p>
      ) : null}
      {verified ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-green-800">
          {t("emailVerified")}
        </p>
      ) : null}
      <SignInForm next={next} />
      <hr className="border-slate-200" />
      <h2 id="magic-link" className="font-medium">
        {t("magicLinkTitle")}
      </h2>
      <MagicLinkForm next={next} />
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link
          href={
            next?.startsWith("/first-aid/")
              ? `/sign-up?${new URLSearchParams({ answers: next.slice("/first-aid/".length) })}`
              : "/sign-up"
          }
          className="text-sky-700 underline"
        >
          {nav("signUp")}
        </Link>
      </p>
    </section>
  );
}
