import "server-only";
import type { Prisma } from "@/lib/db";
import { CASE_EVENT_TYPES, type CaseEventInput, type CaseEventType, type CaseFacts } from "@/lib/deadlines";
import { DEFAULT_PREFERENCES, type ReminderLocale, type ReminderPreferences } from "./types";
import { isValidTimeZone } from "./zone-time";

type Db = Prisma.TransactionClient;

/** Statuses in which a case's deadlines still matter; drafts and closed cases send nothing. */
const REMINDABLE_STATUSES: ReadonlySet<string> = new Set([
  "OPEN",
  "WAITING_ON_COUNTERPARTY",
  "WAITING_ON_USER",
  "ESCALATED",
]);

/**
 * The one rule for who may get a reminder email: an address the user proved
 * they own. Unverified accounts get nothing (we might be mailing a stranger).
 */
export function mayReceiveReminders(user: { readonly emailVerified: Date | null }): boolean {
  return user.emailVerified !== null;
}

export interface CasePlanningInput {
  readonly caseId: string;
  readonly ownerId: string;
  readonly title: string;
  readonly remindable: boolean;
  readonly facts: CaseFacts;
  readonly events: CaseEventInput[];
  readonly recipient: { readonly email: string; readonly locale: ReminderLocale; readonly allowed: boolean };
  readonly prefs: ReminderPreferences;
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set(CASE_EVENT_TYPES);

export function preferencesFrom(
  row: { emailEnabled: boolean; offsetsHours: number[]; quietStartMinute: number; quietEndMinute: number } | null,
  timeZone: string,
): ReminderPreferences {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_PREFERENCES.timeZone;
  if (!row) return { ...DEFAULT_PREFERENCES, timeZone: zone };
  return {
    emailEnabled: row.emailEnabled,
    offsetsHours: DEFAULT_PREFERENCES.offsetsHours.filter((h) => row.offsetsHours.includes(h)),
    timeZone: zone,
    quietStartMinute: row.quietStartMinute,
    quietEndMinute: row.quietEndMinute,
  };
}

/** Everything planning and sending need about one case, or null when the case is gone. */
export async function loadCasePlanningInput(tx: Db, caseId: string): Promise<CasePlanningInput | null> {
  const row = await tx.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      ownerId: true,
      title: true,
      kind: true,
      status: true,
      events: { select: { type: true, occurredAt: true, payload: true }, orderBy: { occurredAt: "asc" } },
      owner: {
        select: {
          email: true,
          emailVerified: true,
          locale: true,
          timeZone: true,
          reminderPreference: true,
        },
      },
    },
  });
  if (!row) return null;
  const events: CaseEventInput[] = row.events
    // Bookkeeping events (CASE_OPENED…) are not deadline triggers.
    .filter((e) => KNOWN_EVENTS.has(e.type))
    .map((e) => ({
      type: e.type as CaseEventType,
      occurredAt: e.occurredAt,
      payload: (e.payload ?? {}) as CaseEventInput["payload"],
    }));
  return {
    caseId: row.id,
    ownerId: row.ownerId,
    title: row.title,
    remindable: REMINDABLE_STATUSES.has(row.status),
    facts: { kind: row.kind },
    events,
    recipient: {
      email: row.owner.email,
      locale: row.owner.locale === "en" ? "en" : "zh-CN",
      allowed: mayReceiveReminders(row.owner),
    },
    prefs: preferencesFrom(row.owner.reminderPreference, row.owner.timeZone),
  };
}
