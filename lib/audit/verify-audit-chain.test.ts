import { describe, expect, test } from "vitest";
import { GENESIS_HASH, canonicalJson, hashEntry, toJsonValue, type HashedFields } from "./hash-entry";
import { verifyAuditChain, type StoredAuditEntry } from "./verify-audit-chain";

function chain(n: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: HashedFields = {
      caseId: "c1",
      seq,
      at: new Date(Date.UTC(2026, 10, 29, 12, seq)),
      actor: "user:u1",
      action: "event.recorded",
      before: null,
      after: { type: "COMPLAINT_FILED", n: seq },
      prevHash,
    };
    const hash = hashEntry(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

describe("verifyAuditChain", () => {
  test("an untouched chain is intact, in any input order", () => {
    expect(verifyAuditChain(chain(5))).toEqual({ intact: true });
    expect(verifyAuditChain(chain(5).reverse())).toEqual({ intact: true });
    expect(verifyAuditChain([])).toEqual({ intact: true });
  });

  test("an edited entry breaks the chain at that entry", () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, after: { type: "COMPLAINT_FILED", n: 99 } };
    expect(verifyAuditChain(entries)).toEqual({ intact: false, brokenAt: 3 });
  });

  test("a deleted entry breaks the chain where the gap is", () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyAuditChain(entries)).toEqual({ intact: false, brokenAt: 2 });
  });

  test("a re-hashed edit still breaks at the next entry (its prevHash no longer matches)", () => {
    const entries = chain(4);
    const forged = { ...entries[1]!, actor: "system" };
    entries[1] = { ...forged, hash: hashEntry(forged) };
    expect(verifyAuditChain(entries)).toEqual({ intact: false, brokenAt: 3 });
  });

  test("hashes do not depend on key order; bigint and dates become strings", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(toJsonValue({ fen: 128050n, at: new Date("2026-01-01T00:00:00Z"), gone: undefined })).toEqual({
      fen: "128050",
      at: "2026-01-01T00:00:00.000Z",
    });
  });
});
