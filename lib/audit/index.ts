import "server-only";
// The per-case chain of custody. Evidence and exports append here too, with their own actions.
export { appendAudit, AuditHeadMovedError, chainedEntry, type AuditAppend, type AuditHead } from "./append-audit";
export { readAuditChain } from "./read-audit-chain";
export { verifyAuditChain, type ChainVerdict, type StoredAuditEntry } from "./verify-audit-chain";
export { GENESIS_HASH, canonicalJson, hashEntry, toJsonValue, type JsonValue } from "./hash-entry";
