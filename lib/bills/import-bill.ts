import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { appendAudit } from "@/lib/audit";
import type { MessageKey } from "@/lib/i18n/translator";
import {
  addDraftPaymentsInTransaction,
  addPaymentsInTransaction,
  addRecoveriesInTransaction,
  lockOwnedCase,
  onCaseChanged,
  type LockedCase,
} from "@/lib/cases";
import type { DraftPayment } from "@/lib/cases/draft-payments";
import { db, type Prisma } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { checklistForKind, evidenceLimits, type EvidenceLimits } from "@/lib/evidence";
import { toEvidenceView } from "@/lib/evidence/evidence-view";
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

// Postgres counts characters, zod UTF-16 units: cut by units, never inside a surrogate pair.
function clip(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
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

  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const store = input.store ?? blobStore();
  const key = `cases/${input.caseId}/${randomUUID()}`;
  await store.put(key, { stream: Readable.from([Buffer.from(input.bytes)]) }, input.bytes.length);
  let keyUsed = false;
  try {
    const { created, ...result } = await db().$transaction(
      async (tx) => {
        const found = await lockOwnedCase(tx, input.ownerId, input.caseId);
        const evidence = await evidenceUnderLock(tx, found, { ...input, sha256, key, type, limits });
        const source = { evidenceId: evidence.id, platform: parsed.platform, format: parsed.format };
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
          created: evidence.created,
          ok: true as const,
          evidenceId: evidence.id,
          version: filled.version,
          added: filled.added,
          skipped: filled.skipped,
          ...back,
          ...(draft ? { draftPayments: draft.payments } : {}),
        };
      },
      { timeout: 30_000 },
    );
    keyUsed = created; // only once committed: a rolled-back row leaves its blob unused
    return result;
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  } finally {
    if (!keyUsed) await store.delete(key).catch(() => undefined);
  }
}

/** The file's evidence row: the one already on the case, else a new one with its custody entry. */
async function evidenceUnderLock(
  tx: Prisma.TransactionClient,
  found: LockedCase,
  input: {
    ownerId: string;
    bytes: Uint8Array;
    fileName: string;
    now: Date;
    sha256: string;
    key: string;
    type: { mime: string; ext: string };
    limits: EvidenceLimits;
  },
): Promise<{ id: string; created: boolean }> {
  const existing = await tx.evidence.findFirst({
    where: { caseId: found.id, sha256: input.sha256 },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  const { _sum } = await tx.evidence.aggregate({ where: { caseId: found.id }, _sum: { size: true } });
  if ((_sum.size ?? 0) + input.bytes.length > input.limits.maxCaseBytes) {
    throw new Refusal({
      ok: false,
      code: "case_full",
      message: "the case's evidence is full",
      messageKey: "bills.import.case_full",
      params: { limitMb: Math.floor(input.limits.maxCaseBytes / 2 ** 20) },
    });
  }
  const row = await tx.evidence.create({
    data: {
      caseId: found.id,
      sha256: input.sha256,
      size: input.bytes.length,
      mime: input.type.mime,
      ext: input.type.ext,
      name: clip(input.fileName, 255) || `bill.${input.type.ext}`,
      item: billChecklistItem(found.kind as CaseKind),
      storageKey: input.key,
      createdAt: input.now,
    },
  });
  await appendAudit(tx, {
    caseId: found.id,
    actor: `user:${input.ownerId}`,
    action: "evidence.added",
    after: toEvidenceView(row),
    at: input.now,
  });
  return { id: row.id, created: true };
}

async function ownerZone(tx: Prisma.TransactionClient, ownerId: string): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { timeZone: true } });
  return user.timeZone;
}
