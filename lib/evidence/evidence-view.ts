import type { Evidence } from "@/lib/db";

/** What the API and the case page show of one file; never the storage key. */
export interface EvidenceView {
  id: string;
  name: string;
  size: number;
  sha256: string;
  mime: string;
  item: string | null;
}

export interface EvidenceListItem extends EvidenceView {
  ext: string;
  createdAt: string;
}

export function toEvidenceView(row: Pick<Evidence, "id" | "name" | "size" | "sha256" | "mime" | "item">): EvidenceView {
  return { id: row.id, name: row.name, size: row.size, sha256: row.sha256, mime: row.mime, item: row.item };
}

export const EVIDENCE_VIEW_SELECT = {
  id: true,
  name: true,
  size: true,
  sha256: true,
  mime: true,
  item: true,
  ext: true,
  createdAt: true,
} as const;
