import { MAX_PAYMENTS } from "./schema";
import { formatFenPlain, parseYuanToFen } from "./money";
import { instantToWallTimeExact, wallTimeToInstant } from "./zoned-time";

/** One payment as the wizard holds it: text as typed, the time as wall time in the user's zone. */
export interface DraftPayment {
  occurredAt: string;
  amount: string;
  transactionId: string;
  counterpartyName: string;
  counterpartyAccount: string;
}

export interface IncomingPayment {
  occurredAt: Date;
  amountFen: bigint;
  transactionId: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
}

const FIELDS = ["occurredAt", "amount", "transactionId", "counterpartyName", "counterpartyAccount"] as const;

/** The draft's payments as saved (whatever shape the browser sent), each field as a string. */
export function draftPaymentsOf(values: Record<string, unknown>): DraftPayment[] {
  const list = Array.isArray(values.payments) ? values.payments : [];
  return list
    .filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null)
    .map((item) => Object.fromEntries(FIELDS.map((f) => [f, typeof item[f] === "string" ? item[f] : ""])))
    .map((item) => item as unknown as DraftPayment);
}

const blank = (p: DraftPayment) => FIELDS.every((f) => p[f].trim() === "");

function sameAs(p: DraftPayment, incoming: IncomingPayment, zone: string): boolean {
  return (
    parseYuanToFen(p.amount) === incoming.amountFen &&
    wallTimeToInstant(p.occurredAt, zone)?.getTime() === incoming.occurredAt.getTime() &&
    p.transactionId.trim() === (incoming.transactionId ?? "")
  );
}

/**
 * The wizard's payments with the picked bill rows added: the empty row the wizard starts with
 * goes, a row already there (same time, amount and number) is not added twice, and the list
 * becomes chronological (the deadlines start from the earliest transfer; a row whose time does
 * not read stays, after the others, as typed). Pure.
 */
export function mergeDraftPayments(
  existing: readonly DraftPayment[],
  incoming: readonly IncomingPayment[],
  zone: string,
): { payments: DraftPayment[]; added: number; skipped: number; tooMany: boolean } {
  const kept = existing.filter((p) => !blank(p));
  const fresh: DraftPayment[] = [];
  let skipped = 0;
  for (const payment of incoming) {
    const asDraft: DraftPayment = {
      occurredAt: instantToWallTimeExact(payment.occurredAt, zone),
      amount: formatFenPlain(payment.amountFen),
      transactionId: payment.transactionId ?? "",
      counterpartyName: payment.counterpartyName ?? "",
      counterpartyAccount: payment.counterpartyAccount ?? "",
    };
    const known = [...kept, ...fresh];
    if (known.some((p) => sameAs(p, payment, zone))) skipped++;
    else fresh.push(asDraft);
  }
  const at = (p: DraftPayment) => wallTimeToInstant(p.occurredAt, zone)?.getTime() ?? Number.POSITIVE_INFINITY;
  const payments = [...kept, ...fresh]
    .map((p, index) => ({ p, index, at: at(p) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ p }) => p);
  return { payments, added: fresh.length, skipped, tooMany: payments.length > MAX_PAYMENTS };
}
