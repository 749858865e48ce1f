import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { whenText, pick, timeLeftText } from "@/components/cases/format";
import { timeLeft } from "@/lib/cases/case-deadlines";
import type { AttentionItem } from "@/lib/dashboard";
import type { ActionResult } from "@/lib/forms/action-result";
import { MarkDoneButton } from "./mark-done-button";

type RecordFor = (caseId: string, input: unknown) => Promise<ActionResult<{ id: string }>>;

const BUCKETS = ["overdue", "today", "week"] as const;
const TONE = { overdue: "border-red-700", today: "border-amber-600", week: "border-slate-300" } as const;

/** "Needs me now": overdue, due today, this week — one list, most urgent first, grouped. */
export async function AttentionList({
  items,
  now,
  timeZone,
  record,
}: {
  items: readonly AttentionItem[];
  now: Date;
  timeZone: string;
  record: RecordFor;
}) {
  const [t, tw, tc, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("workspace"),
    getTranslations("cases"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="attention" className="space-y-3">
      <h2 id="attention" className="text-lg font-bold">
        {t("attentionTitle")}
      </h2>
      {items.length === 0 ? <p className="text-slate-600">{t("attentionNothing")}</p> : null}
      {BUCKETS.map((bucket) => {
        const inBucket = items.filter((i) => i.bucket === bucket);
        if (inBucket.length === 0) return null;
        return (
          <div key={bucket} className="space-y-2">
            <h3 className="font-medium">
              {t("bucketCount", { label: t(`buckets.${bucket}`), count: inBucket.length })}
            </h3>
            <ol className="space-y-2" data-testid={`attention-${bucket}`}>
              {inBucket.map((item) => {
                const left = timeLeft(item.latest, now);
                const label = pick(item.label, locale);
                return (
                  <li
                    key={`${item.caseId}:${item.ruleId}`}
                    data-testid="attention-item"
                    className={`flex flex-wrap items-start gap-3 rounded-lg border-l-4 bg-white p-3 shadow-sm ${TONE[bucket]}`}
                  >
                    <div className="min-w-0 flex-1 space-y-1">
                      <p className="font-medium">{label}</p>
                      <p className="text-sm text-slate-700">
                        <Link href={`/cases/${item.caseId}`} className="text-sky-800 underline">
                          {pick(item.caseTitle, locale)}
                        </Link>{" "}
                        · {tc(`kinds.${item.kind}`)}
                      </p>
                      <p className="text-sm tabular-nums">
                        <strong className={left.overdue ? "text-red-700" : undefined}>{timeLeftText(tw, left)}</strong>{" "}
                        · <time dateTime={item.latest.toISOString()}>{whenText(item.latest, locale, timeZone)}</time>
                      </p>
                      {bucket === "overdue" ? (
                        <p className="text-sm text-red-900">
                          {t("nextStep")}
                          {pick(item.nextStep, locale)}
                        </p>
                      ) : null}
                    </div>
                    {item.doneEvent ? (
                      <MarkDoneButton
                        record={record.bind(null, item.caseId)}
                        type={item.doneEvent}
                        ruleId={item.ruleId}
                        timeZone={timeZone}
                        label={t("markDoneLabel", { task: label, title: pick(item.caseTitle, locale) })}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
