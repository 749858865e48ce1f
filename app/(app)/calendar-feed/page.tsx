import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarFeedPanel } from "@/components/dashboard/calendar-feed-panel";
import { requireUser } from "@/lib/auth";
import { getCalendarFeedStatus } from "@/lib/calendar-feed";
import { issueFeedAction, revokeFeedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feed"))("title") };
}

export default async function CalendarFeedPage() {
  const user = await requireUser();
  const timeZone = user.timeZone;
  const [status, t, format] = await Promise.all([
    getCalendarFeedStatus(user.id),
    getTranslations("feed"),
    getFormatter(),
  ]);
  return (
    <section className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <CalendarFeedPanel
        activeSince={status ? format.dateTime(status.createdAt, { dateStyle: "long", timeZone }) : null}
        issue={issueFeedAction}
        revoke={revokeFeedAction}
      />
    </section>
  );
}
