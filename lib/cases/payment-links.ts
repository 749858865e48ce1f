/**
 * Which kept file (screenshot or bill) a payment was read from. An open case's payments carry it
 * as Payment.evidenceId; a draft's payments are the wizard's text until the case opens, so the
 * draft keeps the links beside that text (facts.draftLinks, written only by the server, never
 * taken from the browser) and opening the draft turns them into Payment.evidenceId.
 */
export interface PaymentLike {
  occurredAt: Date;
  amountFen: bigint;
  transactionId: string | null;
}

export interface DraftLink {
  key: string;
  evidenceId: string;
}

/** Same instant, amount and number: the same transfer, however the wizard's text was re-typed. */
export const paymentKey = (p: PaymentLike) => `${p.occurredAt.toISOString()}|${p.amountFen}|${p.transactionId ?? ""}`;

/** The links a draft's facts hold (whatever was stored; malformed entries are dropped). */
export function draftLinksOf(facts: unknown): DraftLink[] {
  const links = typeof facts === "object" && facts !== null ? (facts as { draftLinks?: unknown }).draftLinks : null;
  if (!Array.isArray(links)) return [];
  return links.filter(
    (link): link is DraftLink =>
      typeof link === "object" &&
      link !== null &&
      typeof (link as DraftLink).key === "string" &&
      typeof (link as DraftLink).evidenceId === "string",
  );
}

/** The facts a draft save writes: the wizard's values, and the links the server kept before. */
export function draftFacts(values: Record<string, unknown>, previous: unknown): Record<string, unknown> {
  const draftLinks = draftLinksOf(previous);
  return draftLinks.length > 0 ? { draft: values, draftLinks } : { draft: values };
}
