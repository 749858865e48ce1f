// Compiled by lib/i18n/typed-keys.test.ts with the tsconfig beside it, never by the app's
// typecheck (tsconfig.json excludes this folder): every line marked WRONG must fail to
// compile and every other line must compile. Remove types/next-intl.d.ts and the test fails.
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { knownKey } from "@/lib/i18n/message-key";
import { translator } from "@/lib/i18n/translator";

export function ClientCopy() {
  const t = useTranslations("auth");
  return (
    <p>
      {t("email")}
      {t("emial") /* WRONG */}
      {t("errors.crossSite") /* WRONG: another namespace's key */}
    </p>
  );
}

export async function serverCopy(zodMessage: string) {
  const t = await getTranslations();
  return [
    t("errors.crossSite"),
    t("errors.crossSight"), // WRONG
    t("errors"), // WRONG: a namespace is not a message
    t(zodMessage), // WRONG: a plain string must be narrowed first
    t(knownKey(t, zodMessage)),
  ];
}

export function outsideARequest() {
  const mail = translator("en", "reminderEmail");
  return [
    mail("subjectHours", { hours: 2, label: "x" }),
    mail("subjectHour", { hours: 2, label: "x" }), // WRONG
    translator("zh-CN")("feed.calendarName"),
    translator("zh-CN")("feed.calendarNam"), // WRONG
    translator("fr"), // WRONG: not a locale Recourse speaks
  ];
}
