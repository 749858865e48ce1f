// Public surface of evidence. Pure parts (classifyEvidence, checklists) import
// nothing server-side; the commands below carry their own `server-only`.
export { classifyEvidence, SNIFF_BYTES, type EvidenceClass, type EvidenceRefusal } from "./classify-evidence";
export {
  checklistForKind,
  checklistCompleteness,
  isChecklistItem,
  evidenceForRule,
  factsFromPayments,
  uploadSlotsForKind,
  type ChecklistItem,
  type ChecklistEntry,
  type ChecklistFacts,
  type Completeness,
} from "./checklist";
export { proposeSlot, fileFamily, type Slot, type SlotProposal, type FileFamily } from "./propose-slot";
export { UploadError, type UploadErrorCode, type UploadStatus } from "./upload-error";
export type { EvidenceView, EvidenceListItem } from "./evidence-view";
export { uploadEvidence, type UploadInput, type UploadedEvidence } from "./upload-evidence";
export { listEvidenceForCase, type CaseEvidence } from "./list-evidence-for-case";
export { completenessForCases, type CaseCompleteness } from "./completeness-for-cases";
export { openEvidenceForUser, type OpenedEvidence } from "./open-evidence-for-user";
export { tagEvidence } from "./tag-evidence";
export { removeEvidence } from "./remove-evidence";
export { evidenceLimits, type EvidenceLimits } from "./limits";
