import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format-date";

export type TimelineTone = "event" | "met" | "upcoming" | "due_soon" | "overdue";

export interface TimelinePoint {
  readonly key: string;
  readonly at: Date;
  readonly label: string;
  /** Events sit on the upper lane, deadlines on the lower one. */
  readonly lane: "event" | "deadline";
  readonly tone: TimelineTone;
}

const FILL: Record<TimelineTone, string> = {
  event: "fill-sky-700",
  met: "fill-emerald-700",
  upcoming: "fill-slate-500",
  due_soon: "fill-amber-600",
  overdue: "fill-red-700",
};

const WIDTH = 600;
const PAD = 12;

/**
 * A case's events and deadlines on one time axis with a "now" line, as server-rendered SVG
 * (ADR 0013). The picture is aria-hidden; the list under it says the same in words, in time
 * order, in the server HTML.
 */
export async function CaseTimelineChart({
  points,
  now,
  timeZone,
}: {
  points: readonly TimelinePoint[];
  now: Date;
  timeZone: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("charts"), getFormatter(), getLocale()]);
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  // Ordinal axis: a case's first hours and a limitation period three years out do not fit one
  // linear scale, so points are spaced evenly in time order with "now" as a slot of its own,
  // each dated underneath.
  const nowSlot = sorted.filter((p) => p.at <= now).length;
  const slots = sorted.length + 1;
  const x = (slot: number) => PAD + (slot / Math.max(slots - 1, 1)) * (WIDTH - 2 * PAD);
  const slotOf = (i: number) => (i < nowSlot ? i : i + 1);
  const short = (d: Date) => format.dateTime(d, { year: "2-digit", month: "numeric", day: "numeric", timeZone });
  // The axis keeps its compact ticks; the points' text uses the app's one date format.
  const when = (d: Date) => formatDateTime(d, locale, timeZone);
  // One date under the first point of each day: a busy day's points share it.
  const dateLabels = sorted.map((p, i) => (i > 0 && short(sorted[i - 1]!.at) === short(p.at) ? null : short(p.at)));
  const captionId = `timeline-caption-${sorted[0]!.key}`;
  return (
    <figure className="space-y-2" data-testid="case-timeline-chart">
      <figcaption id={captionId} className="font-medium">
        {t("timelineCaption")}
      </figcaption>
      {/* Never drawn narrower than its text can be read: a phone scrolls it sideways (and a
          keyboard can, too: the scroller takes focus). */}
      <div className="overflow-x-auto" tabIndex={0} aria-labelledby={captionId} role="group">
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${WIDTH} 112`}
          // 560 px: narrower, the 10-unit dates shrink past legibility (a phone is ~340 px wide).
          className="h-auto w-full min-w-[560px]"
        >
          <line x1={PAD} x2={WIDTH - PAD} y1={48} y2={48} className="stroke-slate-300" strokeWidth={2} />
          <line x1={x(nowSlot)} x2={x(nowSlot)} y1={14} y2={84} className="stroke-slate-900" strokeDasharray="4 3" />
          <text x={x(nowSlot)} y={10} textAnchor="middle" className="fill-slate-900 text-[11px] font-bold">
            {t("now")}
          </text>
          {sorted.map((p, i) => {
            const cx = x(slotOf(i));
            return (
              <g key={p.key}>
                {p.lane === "event" ? (
                  <circle cx={cx} cy={32} r={6} className={FILL[p.tone]} />
                ) : (
                  <rect
                    x={cx - 6}
                    y={58}
                    width={12}
                    height={12}
                    transform={`rotate(45 ${cx} 64)`}
                    className={FILL[p.tone]}
                  />
                )}
                <text
                  x={cx}
                  y={i % 2 ? 108 : 96}
                  // The end slots hug the edges so their dates are not cut off.
                  textAnchor={slotOf(i) === 0 ? "start" : slotOf(i) === slots - 1 ? "end" : "middle"}
                  className="fill-slate-600 text-[10px]"
                >
                  {dateLabels[i]}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p aria-hidden="true" className="flex flex-wrap gap-x-4 text-xs text-slate-600">
        <span>● {t("legendEvent")}</span>
        <span>◆ {t("legendDeadline")}</span>
      </p>
      <ol className="sr-only">
        {sorted.map((p) => (
          <li key={p.key}>
            {t(p.lane === "event" ? "pointEvent" : `pointDeadline.${p.tone}`, { when: when(p.at), label: p.label })}
          </li>
        ))}
      </ol>
    </figure>
  );
}
