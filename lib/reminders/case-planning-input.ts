import "server-only";
import type { Prisma } from "@/lib/db";
import { caseDeadlines } from "@/lib/cases/case-deadlines";
import { ACTIVE_STATUSES, type CaseStatus } from "@/lib/cases/case-status";
import { caseTitle } from "@/lib/cases/case-title";
import type { Bilingual, Deadline } from "@/lib/deadlines";
import { DEFAULT_PREFERENCES, type ReminderPreferences } from "./types";
import { isValidTimeZone } from "@/lib/cases/zoned-time";
import type { Locale } from "@/lib/i18n/translator";

type Db = Prisma.TransactionClient;

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
  /** As shown (lib/cases/case-title.ts): the user's own, or generated in each language. */
  readonly title: Bilingual;
  /** Open cases only: drafts and ended cases (recovered, resolved, closed) send nothing. */
  readonly remindable: boolean;
  /** Computed at the `now` the input was loaded for, by the same code as the case page. */
  readonly deadlines: Deadline[];
  readonly recipient: { readonly email: string; readonly locale: Locale; readonly allowed: boolean };
  readonly prefs: ReminderPreferences;
}

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

/** Everything planning and sending need about one case at `now`, or null when the case is gone. */
export async function loadCasePlanningInput(tx: Db, caseId: string, now: Date): Promise<CasePlanningInput | null> {
  const row = await tx.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      ownerId: true,
      title: true,
      kind: true,
      platform: true,
      status: true,
      amountFen: true,
      facts: true,
      payments: { orderBy: { position: "asc" } },
      events: true,
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
  const status = row.status as CaseStatus;
  const remindable = ACTIVE_STATUSES.includes(status);
  return {
    caseId: row.id,
    ownerId: row.ownerId,
    title: caseTitle(row),
    remindable,
    deadlines: remindable ? caseDeadlines({ ...row, status }, now).deadlines : [],
    recipient: {
      email: row.owner.email,
      locale: row.owner.locale === "en" ? "en" : "zh-CN",
      allowed: mayReceiveReminders(row.owner),
    },
    prefs: preferencesFrom(row.owner.reminderPreference, row.owner.timeZone),
  };
}
