import { getFormatter, getTranslations } from "next-intl/server";

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
  const [t, format] = await Promise.all([getTranslations("charts"), getFormatter()]);
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = Math.min(sorted[0]!.at.getTime(), now.getTime());
  const last = Math.max(sorted.at(-1)!.at.getTime(), now.getTime());
  const span = Math.max(last - first, 3_600_000);
  const x = (d: Date | number) => PAD + ((Number(d) - first) / span) * (WIDTH - 2 * PAD);
  const day = (d: Date | number) => format.dateTime(new Date(d), { month: "short", day: "numeric", timeZone });
  const when = (d: Date) =>
    format.dateTime(d, {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
  return (
    <figure className="space-y-2" data-testid="case-timeline-chart">
      <figcaption className="font-medium">{t("timelineCaption")}</figcaption>
      <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${WIDTH} 96`} className="h-auto w-full">
        <line x1={PAD} x2={WIDTH - PAD} y1={48} y2={48} className="stroke-slate-300" strokeWidth={2} />
        <line x1={x(now)} x2={x(now)} y1={8} y2={88} className="stroke-slate-900" strokeDasharray="4 3" />
        <text x={x(now)} y={8} textAnchor="middle" className="fill-slate-900 text-[10px]" dominantBaseline="hanging">
          {t("now")}
        </text>
        {sorted.map((p) =>
          p.lane === "event" ? (
            <circle key={p.key} cx={x(p.at)} cy={32} r={6} className={FILL[p.tone]} />
          ) : (
            <rect
              key={p.key}
              x={x(p.at) - 6}
              y={58}
              width={12}
              height={12}
              transform={`rotate(45 ${x(p.at)} 64)`}
              className={FILL[p.tone]}
            />
          ),
        )}
        <text x={PAD} y={92} className="fill-slate-600 text-[10px]">
          {day(first)}
        </text>
        <text x={WIDTH - PAD} y={92} textAnchor="end" className="fill-slate-600 text-[10px]">
          {day(last)}
        </text>
      </svg>
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
