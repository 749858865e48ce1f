import { GENESIS_HASH, hashEntry, type HashedFields } from "./hash-entry";

export interface StoredAuditEntry extends HashedFields {
  readonly hash: string;
}

export type ChainVerdict = { readonly intact: true } | { readonly intact: false; readonly brokenAt: number };

/**
 * Walks a case's entries in seq order. The chain breaks at the first entry whose
 * seq is not the next number, whose prevHash is not the previous entry's hash, or
 * whose own hash does not cover its content: `brokenAt` is that position (1-based,
 * the entry number a person sees).
 */
export function verifyAuditChain(entries: readonly StoredAuditEntry[]): ChainVerdict {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of sorted.entries()) {
    const position = index + 1;
    if (entry.seq !== position || entry.prevHash !== prevHash || hashEntry(entry) !== entry.hash) {
      return { intact: false, brokenAt: position };
    }
    prevHash = entry.hash;
  }
  return { intact: true };
}
