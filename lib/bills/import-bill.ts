import "server-only";
import type { MessageKey } from "@/lib/i18n/translator";
import {
  addDraftPaymentsInTransaction,
  addPaymentsInTransaction,
  addRecoveriesInTransaction,
  onCaseChanged,
} from "@/lib/cases";
import type { DraftPayment } from "@/lib/cases/draft-payments";
import { db, type Prisma } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { checklistForKind, evidenceLimits, type EvidenceLimits } from "@/lib/evidence";
import { attachUnderLock, clip } from "@/lib/evidence/attach-under-lock";
import { AppError, NotFoundError } from "@/lib/errors";
import { blobStore, type BlobStore } from "@/lib/storage";
import { billFailure } from "./errors";
import { billEvidenceType } from "./evidence-type";
import { parseBill } from "./parse-bill";
import { pickRows, type PickedRows } from "./pick-rows";
import type { BillRow, ParseBillResult } from "./types";

/**
 * The checklist item a bill answers, most specific first: whichever of these the case kind's
 * catalog asks for (a bill is the platform's own record of each transaction). Not 交易单号:
 * that item is met by the numbers the import writes into the payments, not by a file.
 */
export const BILL_CHECKLIST_ITEMS = [
  "recent-transactions",
  "transfer-vouchers",
  "payment-voucher",
  "transaction-screenshots",
] as const;

export function billChecklistItem(kind: CaseKind): string | null {
  const ids = new Set(checklistForKind(kind).map((item) => item.id));
  return BILL_CHECKLIST_ITEMS.find((id) => ids.has(id)) ?? null;
}

export type ImportBillResult =
  | {
      ok: true;
      evidenceId: string;
      version: number;
      /** payments added / already there */
      added: number;
      skipped: number;
      /** sums of money back recorded / already recorded */
      recovered: number;
      recoveredSkipped: number;
      /** the sums newly recorded, in fen as decimal text */
      recoveredFen: string;
      /** a draft only: the wizard's payments after the import, for the form to show */
      draftPayments?: DraftPayment[];
    }
  | Extract<ParseBillResult, { ok: false }>
  | Extract<PickedRows, { ok: false }>
  | CaseFull;

type CaseFull = { ok: false; code: "case_full"; message: string; messageKey: MessageKey; params: { limitMb: number } };

/** A refusal found under the case lock: the transaction rolls back and the caller answers it. */
class Refusal extends AppError {
  constructor(readonly failure: CaseFull) {
    super(failure.code, 422, failure.messageKey, { detail: failure.message, values: failure.params });
  }
}

const asPayment = (row: BillRow) => ({
  occurredAt: row.occurredAt,
  amountFen: row.amountFen,
  transactionId: clip(row.transactionId, 64) || null,
  counterpartyName: clip(row.counterparty, 100) || null,
  counterpartyAccount: row.counterpartyAccount ? clip(row.counterpartyAccount, 100) : null,
});

const asRecovery = (row: BillRow) => ({
  occurredAt: row.occurredAt,
  amountFen: row.amountFen,
  reference: clip(row.transactionId, 64) || null,
  note: clip([row.counterparty, row.description].filter(Boolean).join(" · "), 500) || null,
});

/**
 * Pick and fill, for an open case or the wizard's draft alike. The server parses the file again
 * (it never takes rows from the browser). Picked payments out become the case's payments (a
 * draft: the wizard's payment rows), money back becomes recorded recoveries, and the file becomes
 * evidence tagged to the bill's checklist item, with its custody entry. The blob is written
 * first; then, with the case row locked, one transaction decides whether this file is already
 * evidence and writes everything, or nothing. A blob the transaction did not use (the same file
 * was already there, or an import of it won the race) is removed again. Rows not picked are kept
 * nowhere but in the file.
 */
export async function importBill(input: {
  ownerId: string;
  caseId: string;
  baseVersion: number;
  bytes: Uint8Array;
  fileName: string;
  lines: readonly number[];
  now: Date;
  store?: BlobStore;
  limits?: EvidenceLimits;
  /** How the file is read: the request handler passes the worker-thread pool's (ADR 0029). */
  parse?: (bytes: Uint8Array, fileName: string) => Promise<ParseBillResult>;
}): Promise<ImportBillResult> {
  const owned = await db().case.findFirst({
    where: { id: input.caseId, ownerId: input.ownerId },
    select: { id: true },
  });
  if (!owned) throw new NotFoundError("case");
  const parsed = await (input.parse ?? parseBill)(input.bytes, input.fileName);
  if (!parsed.ok) return parsed;
  const picked = pickRows(parsed.rows, input.lines);
  if (!picked.ok) return picked;
  const type = billEvidenceType(input.bytes);
  if (!type) return billFailure("unreadable_spreadsheet", "the evidence store would refuse this file");
  const limits = input.limits ?? evidenceLimits();
  if (input.bytes.length > limits.maxFileBytes) {
    return billFailure("file_too_large", "over the evidence file limit", {
      maxMegabytes: Math.floor(limits.maxFileBytes / 2 ** 20),
    });
  }

  const store = input.store ?? blobStore();
  try {
    return await attachUnderLock(
      {
        ...input,
        fallbackStem: "bill",
        type,
        store,
        limits,
        itemFor: billChecklistItem,
        caseFull: (limitMb) =>
          new Refusal({
            ok: false,
            code: "case_full",
            message: "the case's evidence is full",
            messageKey: "bills.import.case_full",
            params: { limitMb },
          }),
      },
      async (tx, found, evidenceId) => {
        const source = { evidenceId, platform: parsed.platform, format: parsed.format };
        const payments = picked.payments.map(asPayment);
        const common = { ownerId: input.ownerId, baseVersion: input.baseVersion, payments, source, now: input.now };
        const draft =
          found.status === "DRAFT"
            ? await addDraftPaymentsInTransaction(tx, found, {
                ...common,
                timeZone: await ownerZone(tx, input.ownerId),
              })
            : null;
        const filled = draft ?? (await addPaymentsInTransaction(tx, found, common));
        const back = await addRecoveriesInTransaction(tx, found, {
          ownerId: input.ownerId,
          recoveries: picked.recoveries.map(asRecovery),
          source,
          now: input.now,
        });
        if (back.recovered > 0) await onCaseChanged(tx, found.id, input.now);
        return {
          ok: true as const,
          evidenceId,
          version: filled.version,
          added: filled.added,
          skipped: filled.skipped,
          ...back,
          ...(draft ? { draftPayments: draft.payments } : {}),
        };
      },
    );
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

async function ownerZone(tx: Prisma.TransactionClient, ownerId: string): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { timeZone: true } });
  return user.timeZone;
}
