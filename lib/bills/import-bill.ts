import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { appendAudit } from "@/lib/audit";
import { addPaymentsInTransaction } from "@/lib/cases";
import { db } from "@/lib/db";
import type { CaseKind } from "@/lib/deadlines";
import { checklistForKind } from "@/lib/evidence";
import { toEvidenceView } from "@/lib/evidence/evidence-view";
import { NotFoundError } from "@/lib/errors";
import { blobStore, type BlobStore } from "@/lib/storage";
import { parseBill } from "./parse-bill";
import type { BillRow, ParseBillResult } from "./types";

/**
 * The checklist item a bill answers, most specific first: whichever of these the case kind's
 * catalog asks for (a bill is the platform's own record of each transaction and its number).
 */
export const BILL_CHECKLIST_ITEMS = [
  "transaction-number",
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
  | { ok: true; added: number; skipped: number; version: number; evidenceId: string }
  | Extract<ParseBillResult, { ok: false }>
  | { ok: false; code: "nothing_picked" | "rows_not_in_bill" | "incoming_row"; message: string; messageKey: string };

const pickFailure = (code: "nothing_picked" | "rows_not_in_bill" | "incoming_row", message: string) => ({
  ok: false as const,
  code,
  message,
  messageKey: `bills.import.${code}`,
});

function bytesKind(bytes: Uint8Array, text: "utf-8" | "gb18030") {
  return bytes[0] === 0x50 && bytes[1] === 0x4b
    ? { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" }
    : { mime: `text/csv; charset=${text}`, ext: "csv" };
}

/**
 * Pick and fill. The server parses the file again (it never takes rows from the browser), keeps
 * the picked lines as the case's payments and the file as evidence tagged to the bill's
 * checklist item, with its custody entry — all in one transaction after the blob is stored, or
 * nothing (the blob is removed again). Rows not picked are not kept anywhere but in the file.
 * The same file already on the case is reused, not stored twice.
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
}): Promise<ImportBillResult> {
  const found = await db().case.findFirst({
    where: { id: input.caseId, ownerId: input.ownerId },
    select: { kind: true },
  });
  if (!found) throw new NotFoundError("case");
  const parsed = await parseBill(input.bytes, input.fileName);
  if (!parsed.ok) return parsed;
  if (input.lines.length === 0) return pickFailure("nothing_picked", "no rows picked");
  const byLine = new Map(parsed.rows.map((row) => [row.sourceLine, row]));
  const picked: BillRow[] = [];
  for (const line of new Set(input.lines)) {
    const row = byLine.get(line);
    if (!row) return pickFailure("rows_not_in_bill", `line ${line} is not a row of this bill`);
    if (row.direction === "IN") return pickFailure("incoming_row", `line ${line} is money received`);
    picked.push(row);
  }
  picked.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.sourceLine - b.sourceLine);

  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const store = input.store ?? blobStore();
  const existing = await db().evidence.findFirst({ where: { caseId: input.caseId, sha256 }, select: { id: true } });
  const key = existing ? null : `cases/${input.caseId}/${randomUUID()}`;
  if (key) await store.put(key, { stream: Readable.from([Buffer.from(input.bytes)]) }, input.bytes.length);
  try {
    return await db().$transaction(
      async (tx) => {
        let evidenceId = existing?.id ?? null;
        if (!evidenceId && key) {
          const { mime, ext } = bytesKind(input.bytes, parsed.platform === "ALIPAY" ? "gb18030" : "utf-8");
          const row = await tx.evidence.create({
            data: {
              caseId: input.caseId,
              sha256,
              size: input.bytes.length,
              mime,
              ext,
              name: input.fileName.slice(0, 255) || `bill.${ext}`,
              item: billChecklistItem(found.kind as CaseKind),
              storageKey: key,
              createdAt: input.now,
            },
          });
          await appendAudit(tx, {
            caseId: input.caseId,
            actor: `user:${input.ownerId}`,
            action: "evidence.added",
            after: toEvidenceView(row),
            at: input.now,
          });
          evidenceId = row.id;
        }
        const added = await addPaymentsInTransaction(tx, {
          ownerId: input.ownerId,
          caseId: input.caseId,
          baseVersion: input.baseVersion,
          payments: picked.map((row) => ({
            occurredAt: row.occurredAt,
            amountFen: row.amountFen,
            transactionId: row.transactionId.slice(0, 64),
            counterpartyName: row.counterparty.slice(0, 100) || null,
            counterpartyAccount: row.counterpartyAccount?.slice(0, 100) ?? null,
          })),
          source: { evidenceId: evidenceId!, platform: parsed.platform, format: parsed.format },
          now: input.now,
        });
        return { ok: true as const, ...added, evidenceId: evidenceId! };
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (key) await store.delete(key).catch(() => undefined);
    throw error;
  }
}
