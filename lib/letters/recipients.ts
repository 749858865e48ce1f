import type { CaseKind } from "@/lib/cases/schema";
import { KINDS } from "@/lib/kinds";

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
 * Who a case of each kind writes to. A misdirected transfer or a merchant dispute is a
 * civil matter (platform, then court), not a police one; an insurer only pays account-theft
 * claims; an unfreeze request only fits an account the platform restricted.
 */
export const RECIPIENTS_BY_KIND: Readonly<Record<CaseKind, readonly Recipient[]>> = {
  MISDIRECTED_TRANSFER: KINDS.MISDIRECTED_TRANSFER.letter.recipients,
  FRAUD: KINDS.FRAUD.letter.recipients,
  MERCHANT_DISPUTE: KINDS.MERCHANT_DISPUTE.letter.recipients,
  INSURANCE_CLAIM: KINDS.INSURANCE_CLAIM.letter.recipients,
  JUDICIAL_FREEZE: KINDS.JUDICIAL_FREEZE.letter.recipients,
  ACCOUNT_RESTRICTED: KINDS.ACCOUNT_RESTRICTED.letter.recipients,
};
