import { classifyEvidence, SNIFF_BYTES } from "@/lib/evidence/classify-evidence";

/**
 * The type a bill is stored with as evidence: what the evidence store's own classifier says of
 * its first bytes (an uploaded copy of the same file gets the same), except that a text bill is
 * CSV whatever its preamble looks like — the parser just read it as one. Null when the evidence
 * store would refuse the file.
 */
export function billEvidenceType(bytes: Uint8Array): { mime: string; ext: string } | null {
  const verdict = classifyEvidence(bytes.subarray(0, SNIFF_BYTES));
  if (!verdict.ok) return null;
  if (!verdict.mime.startsWith("text/")) return { mime: verdict.mime, ext: verdict.ext };
  const charset = /charset=([\w-]+)/.exec(verdict.mime)?.[1] ?? "utf-8";
  return { mime: `text/csv; charset=${charset}`, ext: "csv" };
}
