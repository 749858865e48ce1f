import { pick } from "@/components/cases/format";
import type { Deadline } from "@/lib/deadlines";
import type { Locale } from "@/lib/i18n/translator";
import type { TimelinePoint } from "./case-timeline-chart";

// Bookkeeping entries, not things that happened to the money: left off the picture.
const QUIET = new Set(["SELF_CHECK_TICKED", "EVENT_RETRACTED"]);

/** The case page's log and deadlines as chart points: live events, and deadlines that have an instant. */
export function caseTimelinePoints(
  events: readonly { id: string; type: string; occurredAt: Date; retracted: boolean }[],
  deadlines: readonly Deadline[],
  eventLabel: (type: string) => string,
  locale: Locale,
): TimelinePoint[] {
  const points: TimelinePoint[] = events
    .filter((e) => !e.retracted && !QUIET.has(e.type))
    .map((e) => ({ key: e.id, at: e.occurredAt, label: eventLabel(e.type), lane: "event", tone: "event" }));
  for (const d of deadlines) {
    if (d.status === "not_applicable" || d.status === "paused") continue;
    points.push({
      key: d.ruleId,
      at: d.status === "met" && d.metAt ? d.metAt : d.latest,
      label: pick(d.rule.label, locale),
      lane: "deadline",
      // Past before the case was opened: drawn as the information it is, not as an overdue task.
      tone: d.status === "lapsed" ? "event" : d.status,
    });
  }
  return points;
}
