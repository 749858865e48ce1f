import type { Deadline } from "@/lib/deadlines";
import type { StoredFacts } from "@/lib/cases/stored-facts";
import type { CaseKind } from "@/lib/cases/schema";
import type { CaseStatus } from "@/lib/cases/case-status";

// Everything a summary or a letter says about one case, loaded once (load-case-record.ts)
// and handed to pure builders.

export interface RecordPayment {
  readonly position: number;
  readonly occurredAt: Date;
  readonly amountFen: bigint;
  readonly direction: "OUTGOING" | "INCOMING";
  readonly transactionId: string | null;
  readonly counterpartyName: string | null;
  readonly counterpartyAccount: string | null;
  /** the kept file (screenshot or bill) the payment was read from; null when typed */
  readonly evidenceId: string | null;
}

export interface RecordEvent {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: Date;
  readonly payload: unknown;
  readonly retracted: boolean;
}

export interface RecordEvidence {
  readonly id: string;
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  readonly mime: string;
  readonly ext: string;
  readonly item: string | null;
  readonly createdAt: Date;
  readonly storageKey: string;
  /** where the file sits inside a bundle: evidence/01-转账截图.png */
  readonly bundlePath: string;
}

export interface CaseRecord {
  readonly id: string;
  readonly kind: CaseKind;
  readonly platform: string;
  readonly title: string;
  readonly note: string | null;
  readonly status: CaseStatus;
  readonly amountFen: bigint;
  readonly recoveredFen: bigint;
  readonly createdAt: Date;
  readonly timeZone: string;
  /** null while the case is still a draft */
  readonly facts: StoredFacts | null;
  readonly payments: readonly RecordPayment[];
  readonly events: readonly RecordEvent[];
  readonly evidence: readonly RecordEvidence[];
  readonly deadlines: readonly Deadline[];
  readonly audit: { readonly headHash: string | null; readonly headSeq: number; readonly intact: boolean };
}

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * A file name safe on Windows, macOS and Linux, numbered so two files called
 * "截图.png" never collide, with the sniffed extension when the name lacks it.
 */
export function bundleFileName(index: number, name: string, ext: string): string {
  let base = name.replace(UNSAFE, "_").replace(/^[.\s]+|[.\s]+$/g, "");
  if (!base) base = "file";
  const lower = base.toLowerCase();
  if (!lower.endsWith(`.${ext}`) && !(ext === "jpg" && lower.endsWith(".jpeg"))) base = `${base}.${ext}`;
  const chars = [...base];
  if (chars.length > 80) base = chars.slice(0, 70).join("") + "…" + chars.slice(-(ext.length + 1)).join("");
  return `${String(index + 1).padStart(2, "0")}-${base}`;
}
