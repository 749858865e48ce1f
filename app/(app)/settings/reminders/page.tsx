import { getLocale, getTranslations } from "next-intl/server";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { requireUser } from "@/lib/auth";
import { timeZoneChoices } from "@/lib/i18n/time-zone-choices";
import { getReminderPreferences, minuteToClock, reminderAddressVerified } from "@/lib/reminders";
import { saveReminderSettingsAction } from "./actions";
import { ClientMessages } from "@/components/layout/client-messages";

export default async function ReminderSettingsPage() {
  const user = await requireUser();
  const [prefs, verified, t, locale] = await Promise.all([
    getReminderPreferences(user.id),
    reminderAddressVerified(user.id),
    getTranslations("reminderSettings"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={["errors", "export.tooManyExports", "reminderSettings"]}>
      <section className="mx-auto max-w-lg space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
        {verified ? null : (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
            {t("unverified")}
          </p>
        )}
        <ReminderSettingsForm
          action={saveReminderSettingsAction}
          timeZones={timeZoneChoices(locale, new Date(), prefs.timeZone)}
          defaults={{
            emailEnabled: prefs.emailEnabled,
            offsetsHours: [...prefs.offsetsHours],
            timeZone: prefs.timeZone,
            quietStart: minuteToClock(prefs.quietStartMinute),
            quietEnd: minuteToClock(prefs.quietEndMinute),
          }}
        />
      </section>
    </ClientMessages>
  );
}
