import type { CaseKind } from "@/lib/cases/schema";

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
  MISDIRECTED_TRANSFER: ["cs-appeal", "platform-complaint", "court-preservation"],
  FRAUD: ["police", "platform-complaint", "cs-appeal", "court-preservation"],
  MERCHANT_DISPUTE: ["platform-complaint", "cs-appeal", "court-preservation"],
  INSURANCE_CLAIM: ["insurer", "police", "cs-appeal"],
  JUDICIAL_FREEZE: ["cs-appeal", "court-preservation"],
  ACCOUNT_RESTRICTED: ["unfreeze", "cs-appeal", "platform-complaint"],
};
