import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown on the case page when reminder emails for this case could not be delivered. */
export async function FailedRemindersNotice(props: { failed: readonly { lastError: string | null }[] }) {
  if (props.failed.length === 0) return null;
  const t = await getTranslations("caseReminders");
  return (
    <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t("failedTitle", { count: props.failed.length })}</p>
      <p className="text-sm">{t("failedBody", { error: props.failed[0]?.lastError ?? "—" })}</p>
      <Link href="/settings/reminders" className="text-sm text-sky-800 underline">
        {t("settings")}
      </Link>
    </div>
  );
}
