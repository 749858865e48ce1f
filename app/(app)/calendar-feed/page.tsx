import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarFeedPanel } from "@/components/dashboard/calendar-feed-panel";
import { requireUser } from "@/lib/auth";
import { getCalendarFeedStatus } from "@/lib/calendar-feed";
import { formatDay } from "@/lib/i18n/format-date";
import { issueFeedAction, revokeFeedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feed"))("title") };
}

export default async function CalendarFeedPage() {
  const user = await requireUser();
  const timeZone = user.timeZone;
  const [status, t, locale] = await Promise.all([getCalendarFeedStatus(user.id), getTranslations("feed"), getLocale()]);
  return (
    <section className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <CalendarFeedPanel
        activeSince={status ? formatDay(status.createdAt, locale, timeZone) : null}
        issue={issueFeedAction}
        revoke={revokeFeedAction}
      />
    </section>
  );
}
