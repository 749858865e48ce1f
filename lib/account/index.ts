import "server-only";
// Erasing an account and what it leaves behind (PIPL art. 47): lib/auth deletes through this,
// housekeeping retries the blob deletions a store refused.
export { eraseAccount, deletionSubjectHash, type ErasedCounts } from "./erase-account";
export { retryPendingBlobDeletions } from "./retry-pending-blob-deletions";
