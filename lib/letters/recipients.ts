import type { CaseKind } from "@/lib/cases/schema";
import { CASE_KINDS } from "@/lib/deadlines";
import { kindModule } from "@/lib/kinds";

export const RECIPIENTS = [
  "police",
  "platform-complaint",
  "cs-appeal",
  "insurer",
  "court-preservation",
  "unfreeze",
] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export function isRecipient(value: unknown): value is Recipient {
  return typeof value === "string" && (RECIPIENTS as readonly string[]).includes(value);
}

/**
 * Who a case of each kind writes to (its module's `letter.recipients`). A misdirected transfer or a merchant dispute is a
 * civil matter (platform, then court), not a police one; an insurer only pays account-theft
 * claims; an unfreeze request only fits an account the platform restricted.
 */
export const RECIPIENTS_BY_KIND = Object.fromEntries(
  CASE_KINDS.map((kind) => [kind, kindModule(kind).letter.recipients]),
) as Readonly<Record<CaseKind, readonly Recipient[]>>;
