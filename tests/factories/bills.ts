import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";

/** A bill from lib/bills/fixtures, as bytes. */
export const billFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../lib/bills/fixtures/${name}`, import.meta.url)));

/** The import request as the browser sends it: the file as the body, the pick in headers. */
export function billImportRequest(
  caseId: string,
  body: Uint8Array,
  headers: Record<string, string>,
  name = "微信账单.csv",
) {
  return new Request(`http://localhost/api/cases/${caseId}/bill-import`, {
    method: "POST",
    body: body as BodyInit,
    headers: {
      "content-type": "application/octet-stream",
      "x-bill-name": encodeURIComponent(name),
      ...headers,
    },
  });
}

/** Blob files under the test's DATA_DIR (temp files of a put in flight included). */
export async function blobCount(caseId?: string): Promise<number> {
  const dir = path.join(process.env.DATA_DIR!, "evidence", ...(caseId ? ["cases", caseId] : []));
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

/** Everything an import can write for one case. */
export async function caseSnapshot(caseId: string) {
  const [payments, evidence, events, audit, blobs, found] = await Promise.all([
    db().payment.count({ where: { caseId } }),
    db().evidence.count({ where: { caseId } }),
    db().caseEvent.count({ where: { caseId } }),
    db().auditEntry.count({ where: { caseId } }),
    blobCount(caseId),
    db().case.findUnique({ where: { id: caseId }, select: { version: true, recoveredFen: true, facts: true } }),
  ]);
  return {
    payments,
    evidence,
    events,
    audit,
    blobs,
    version: found?.version,
    recoveredFen: found?.recoveredFen,
    facts: found?.facts,
  };
}
