import "server-only";
import { createHash } from "node:crypto";
import { appendAudit, AuditHeadMovedError, chainedEntry } from "@/lib/audit";
import { caseTitle } from "@/lib/cases/case-title";
import { db } from "@/lib/db";
import { blobStore, type BlobStore } from "@/lib/storage";
import { buildCaseSummary, sha256Sums } from "./build-case-summary";
import type { CaseRecord } from "./case-record";
import { fileDate } from "./format";
import { loadCaseRecord } from "./load-case-record";
import { renderHtml } from "./render-html";
import { renderPdf } from "./render-pdf";
import { streamZip, type StreamedZip } from "./stream-zip";
import type { Locale } from "@/lib/i18n/translator";

export const BUNDLE_FORMAT = "recourse-case-bundle/1";

export interface BundleInput {
  ownerId: string;
  caseId: string;
  locale: Locale;
  now: Date;
  store?: BlobStore;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A case changed while its summary was rendered: render again on the new state, this often. */
const ATTEMPTS = 3;

/**
 * A case as one zip for the police, the platform or a court: the evidence files as
 * uploaded, manifest.json, SHA256SUMS and the summary in HTML and PDF. The export is itself
 * entered in the case's hash chain, and the summary and manifest name that entry as the head;
 * it is appended only once the summary's PDF is rendered, so a failed render (busy pool, too
 * complex) leaves no export in the chain. The head is computed before the append (chainedEntry)
 * and the append refuses a chain that moved meanwhile: then the summary is built again.
 * Only the small generated files are built in memory; evidence streams from storage
 * one file at a time. Another user's case is NotFoundError (a 404).
 */
export async function exportCaseBundle(input: BundleInput): Promise<StreamedZip & { fileName: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await exportOnce(input);
    } catch (error) {
      if (!(error instanceof AuditHeadMovedError) || attempt === ATTEMPTS) throw error;
    }
  }
}

async function exportOnce(input: BundleInput): Promise<StreamedZip & { fileName: string }> {
  const loaded = await loadCaseRecord(input.ownerId, input.caseId, input.now);
  const bytes = loaded.evidence.reduce((sum, e) => sum + e.size, 0);
  const entry = {
    caseId: loaded.id,
    actor: `user:${input.ownerId}`,
    action: "case.exported",
    after: { locale: input.locale, files: loaded.evidence.length, bytes },
    at: input.now,
  };
  const { headHash, headSeq } = loaded.audit;
  const readHead = headHash === null ? null : { seq: headSeq, hash: headHash };
  const head = chainedEntry(readHead, entry);
  const record: CaseRecord = { ...loaded, audit: { ...loaded.audit, headHash: head.hash, headSeq: head.seq } };
  const doc = buildCaseSummary(record, input.locale, input.now);
  const html = Buffer.from(renderHtml(doc), "utf8");
  const pdf = await renderPdf(doc);
  await db().$transaction((tx) => appendAudit(tx, entry, { head: readHead }));
  const sums = Buffer.from(sha256Sums(record), "utf8");
  const manifest = Buffer.from(JSON.stringify(buildManifest(record, input, { html, pdf }), null, 2) + "\n", "utf8");
  const store = input.store ?? blobStore();
  const zip = streamZip([
    { path: "manifest.json", buffer: manifest, mtime: input.now },
    { path: "SHA256SUMS", buffer: sums, mtime: input.now },
    { path: "summary.html", buffer: html, mtime: input.now },
    { path: "summary.pdf", buffer: pdf, mtime: input.now },
    ...record.evidence.map((e) => ({
      path: e.bundlePath,
      size: e.size,
      sha256: e.sha256,
      mtime: e.createdAt,
      open: () => store.get(e.storageKey),
    })),
  ]);
  const day = fileDate(input.now, record.timeZone).replaceAll("-", "");
  return { ...zip, fileName: `recourse-case-${record.id}-${day}.zip` };
}

function buildManifest(record: CaseRecord, input: BundleInput, summary: { html: Buffer; pdf: Buffer }) {
  return {
    format: BUNDLE_FORMAT,
    generatedAt: input.now.toISOString(),
    locale: input.locale,
    case: {
      id: record.id,
      kind: record.kind,
      platform: record.platform,
      title: caseTitle(record)[input.locale],
      status: record.status,
      amountFen: record.amountFen.toString(),
      recoveredFen: record.recoveredFen.toString(),
      timeZone: record.timeZone,
    },
    auditChain: {
      headHash: record.audit.headHash,
      headSeq: record.audit.headSeq,
      intactBeforeExport: record.audit.intact,
    },
    files: record.evidence.map((e) => ({
      id: e.id,
      path: e.bundlePath,
      name: e.name,
      sha256: e.sha256,
      size: e.size,
      type: e.mime,
      uploadedAt: e.createdAt.toISOString(),
      checklistItem: e.item,
      // The payments read from this file, numbered as the summary numbers them (1, 2, …).
      payments: record.payments.flatMap((p, i) => (p.evidenceId === e.id ? [i + 1] : [])),
    })),
    summary: [
      { path: "summary.html", sha256: sha256(summary.html), size: summary.html.length },
      { path: "summary.pdf", sha256: sha256(summary.pdf), size: summary.pdf.length },
    ],
  };
}
