import "server-only";
// Every case write goes through a command here, in one transaction with its audit entry.
export { createDraftCase, saveDraft } from "./create-draft-case";
export { openCase, createCase } from "./open-case";
export { updateCaseFacts } from "./update-case-facts";
export { changeCaseStatus } from "./change-case-status";
export { recordCaseEvent, retractCaseEvent, setSelfCheck } from "./record-case-event";
export { getCaseWorkspace, loadCaseDeadlines, type CaseWorkspace } from "./get-case-workspace";
export { getCaseForUser } from "./get-case-for-user";
export { listCasesForUser, caseFilterWhere, PAGE_SIZE, type CaseFilters } from "./list-cases-for-user";
export { urgencyOf, refreshCaseUrgency, refreshStaleUrgency } from "./case-urgency";
export { URGENCY_VERSION } from "./urgency-version";
export { onCaseChanged } from "./on-case-changed";
export { VersionConflictError, StatusTransitionError, CaseStateError } from "./errors";
export { WallTimeError } from "./stored-facts";
export { addPaymentsInTransaction, TooManyPaymentsError, type NewPayment } from "./add-payments";
export { getUserTimeZone } from "./user-time-zone";
export { recordableEvents, type RecordableEvent } from "./recordable-events";
