import type { ActiveDeadline, Bilingual, CaseEventType, CaseKind, Deadline, PaymentPlatform } from "@/lib/deadlines";
import type { BankId } from "./banks";
import { stepContacts } from "./contacts";
import { kindModule } from "./index";
import type { GuidanceStep, TelLink } from "./types";

export type { TelLink };

/** A user deadline nearer than this is "now"; a limitation period years away is information. */
export const URGENT_DAYS = 7;
const DAY_MS = 86_400_000;

export type GuidanceItem =
  /** A legal or platform deadline of the person's, open and near (or overdue). */
  | { type: "deadline"; deadline: ActiveDeadline; text: Bilingual | null; tel: TelLink[]; events: CaseEventType[] }
  /** A first step no law or platform times: the app recommends doing it now, and says why. */
  | { type: "recommended"; step: GuidanceStep; tel: TelLink[]; events: CaseEventType[] }
  /** Information: a deadline already past when the case was opened (or its trigger imported). */
  | { type: "lapsed"; deadline: ActiveDeadline }
  /** Information: a counterparty is expected to answer. */
  | { type: "waiting"; deadline: ActiveDeadline; events: CaseEventType[] }
  /** Information: the person's next deadline, beyond the urgent horizon. */
  | { type: "later"; deadline: ActiveDeadline };

export interface GuidanceInput {
  readonly kind: CaseKind;
  readonly platform: PaymentPlatform;
  /** The card's bank (BANK_CARD cases), when the person named it: its line is the platform's. */
  readonly bank?: BankId | null;
  readonly situations: readonly string[];
  readonly deadlines: readonly Deadline[];
  /** Every event type the case has (recorded and implied by its facts), retractions applied. */
  readonly happened: ReadonlySet<string>;
  readonly now: Date;
  /** A closed case gets no "do this now". */
  readonly active: boolean;
}

const isOpen = (d: Deadline): d is ActiveDeadline =>
  d.status === "upcoming" || d.status === "due_soon" || d.status === "overdue";

function stepApplies(step: GuidanceStep, input: GuidanceInput): boolean {
  if (step.situations && !step.situations.some((s) => input.situations.includes(s))) return false;
  if (step.after && !step.after.some((e) => input.happened.has(e))) return false;
  return !step.metBy.some((e) => input.happened.has(e));
}

/**
 * "现在就做", in order: the person's open deadlines by instant (near ones), then the first steps
 * the app recommends, then information (deadlines lapsed before the case, answers awaited, the
 * next deadline far off). Never empty while a first step is open. Pure: `now` is passed in.
 */
export function caseGuidance(input: GuidanceInput): GuidanceItem[] {
  if (!input.active) return [];
  const mod = kindModule(input.kind);
  const byRule = new Map(input.deadlines.map((d) => [d.ruleId, d]));
  const horizon = input.now.getTime() + URGENT_DAYS * DAY_MS;
  const userOpen = input.deadlines.filter(isOpen).filter((d) => d.owner === "USER");
  const stepFor = new Map<string, GuidanceStep>();
  for (const step of mod.steps) if (step.ruleId) stepFor.set(step.ruleId, step);

  const near = userOpen
    .filter((d) => d.latest.getTime() <= horizon || stepFor.has(d.ruleId))
    .sort((a, b) => a.latest.getTime() - b.latest.getTime());
  const items: GuidanceItem[] = near.map((deadline) => {
    const own = stepFor.get(deadline.ruleId);
    const step = own ? onPlatform(own, input.platform) : undefined;
    return {
      type: "deadline",
      deadline,
      text: step?.text ?? null,
      tel: stepContacts(step?.contacts, input.kind, input.platform, input.bank),
      events: [...deadline.rule.metBy],
    };
  });

  for (const step of mod.steps) {
    if (!stepApplies(step, input)) continue;
    const governed = step.ruleId ? byRule.get(step.ruleId) : undefined;
    // A step its deadline governs is shown as that deadline (above), not at all once met; lapsed
    // before the case, it is still the thing to do (a late police report still counts).
    if (governed && governed.status !== "not_applicable" && !(governed.status === "lapsed" && step.late)) continue;
    items.push({
      type: "recommended",
      step: onPlatform(step, input.platform),
      tel: stepContacts(step.contacts, input.kind, input.platform, input.bank),
      events: [...step.metBy],
    });
  }

  for (const d of input.deadlines) if (d.status === "lapsed") items.push({ type: "lapsed", deadline: d });
  for (const d of input.deadlines) {
    if (d.owner === "COUNTERPARTY" && d.status !== "not_applicable" && d.status !== "met" && d.status !== "lapsed")
      items.push({ type: "waiting", deadline: d, events: [...d.rule.metBy] });
  }
  const later = userOpen.filter((d) => !near.includes(d)).sort((a, b) => a.latest.getTime() - b.latest.getTime())[0];
  if (later) items.push({ type: "later", deadline: later });
  return items;
}

/** The step as told on this platform: its text, its `why` and the source that `why` quotes. */
export function onPlatform(step: GuidanceStep, platform: PaymentPlatform): GuidanceStep {
  const own = step.onPlatform?.[platform];
  if (!own) return step;
  const { source: _ignored, ...rest } = step;
  return {
    ...rest,
    ...(own.text ? { text: own.text } : {}),
    why: own.why,
    ...(own.source ? { source: own.source } : {}),
  };
}

/** The events that meet the open items, the first item's first: the first buttons on the case page. */
export function leadEvents(items: readonly GuidanceItem[]): CaseEventType[] {
  const lead: CaseEventType[] = [];
  for (const item of items) {
    if (item.type === "deadline" || item.type === "recommended" || item.type === "waiting")
      for (const e of item.events) if (!lead.includes(e)) lead.push(e);
  }
  return lead;
}
