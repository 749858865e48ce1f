import type { CaseKind } from "@/lib/cases/schema";
import type { StoredFacts } from "@/lib/cases/stored-facts";
import type { CaseRecord } from "@/lib/export/pure";

// A whole case as the letters and the summary read it, for pure tests: every kind with
// every fact filled (but the card's bank: these cases are not on a bank card), two payments, an event, three files. No database.

/** Every fact each kind can hold, filled: a letter for it should leave only the writer's own blanks. */
export const FULL_FACTS: Record<CaseKind, StoredFacts> = {
  MISDIRECTED_TRANSFER: { kind: "MISDIRECTED_TRANSFER", bank: null, arrival: "24" },
  FRAUD: {
    kind: "FRAUD",
    bank: null,
    discoveredAt: "2026-11-29T08:00:00.000Z",
    policeReportedAt: "2026-11-29T09:30:00.000Z",
    policeReceiptNo: "JJ20261129001",
  },
  MERCHANT_DISPUTE: {
    kind: "MERCHANT_DISPUTE",
    bank: null,
    orderNumber: "ORD-778899",
    purchase: "GOODS",
    goodsReceivedAt: "2026-11-20T04:00:00.000Z",
  },
  INSURANCE_CLAIM: {
    kind: "INSURANCE_CLAIM",
    bank: null,
    discoveredAt: "2026-11-29T08:00:00.000Z",
    policyNumber: "P-123456",
    claimNumber: "C-654321",
    theftReportedAt: "2026-11-29T10:00:00.000Z",
  },
  JUDICIAL_FREEZE: {
    kind: "JUDICIAL_FREEZE",
    bank: null,
    direction: "FREEZE_OTHER_SIDE",
    court: "Chaoyang District Court",
    noticeNumber: "2026-0105-1234",
    noticeReceivedAt: "2026-11-25T02:00:00.000Z",
    freezeExpiresOn: "2027-11-24",
  },
  ACCOUNT_RESTRICTED: {
    kind: "ACCOUNT_RESTRICTED",
    bank: null,
    restriction: "RISK_CONTROL_FREEZE",
    noticedAt: "2026-11-28T12:00:00.000Z",
    statedReason: "unusual activity",
  },
};

export const HASHES = ["a".repeat(64), "b".repeat(64), "c".repeat(64)];

export function caseRecordFixture(
  kind: CaseKind,
  platform = "WECHAT_PAY",
  facts: StoredFacts = FULL_FACTS[kind],
): CaseRecord {
  return {
    id: "case-fixture",
    kind,
    platform,
    title: "Fixture case",
    note: null,
    status: "OPEN",
    amountFen: 2_800_000n,
    recoveredFen: 0n,
    createdAt: new Date("2026-11-29T09:00:00Z"),
    timeZone: "Asia/Shanghai",
    facts,
    payments: [
      {
        position: 0,
        occurredAt: new Date("2026-11-29T02:00:00Z"),
        amountFen: 2_000_000n,
        direction: "OUTGOING",
        transactionId: "4200001234202611290001",
        counterpartyName: "Zhang San",
        counterpartyAccount: "6222020200112233445",
        evidenceId: null,
      },
      {
        position: 1,
        occurredAt: new Date("2026-11-29T04:30:00Z"),
        amountFen: 800_000n,
        direction: "OUTGOING",
        transactionId: "4200001234202611290002",
        counterpartyName: "Zhang San",
        counterpartyAccount: "6222020200112233445",
        evidenceId: null,
      },
    ],
    events: [
      {
        id: "e1",
        type: "FRAUD_DISCOVERED",
        occurredAt: new Date("2026-11-29T08:00:00Z"),
        payload: {},
        retracted: false,
      },
      { id: "e2", type: "COMPLAINT_FILED", occurredAt: new Date("2026-11-29T09:00:00Z"), payload: {}, retracted: true },
    ],
    evidence: HASHES.map((sha256, i) => ({
      id: `ev${i}`,
      name: `file-${i + 1}.png`,
      sha256,
      size: 1000 + i,
      mime: "image/png",
      ext: "png",
      item: null,
      createdAt: new Date("2026-11-29T10:00:00Z"),
      storageKey: `cases/case-fixture/${i}`,
      bundlePath: `evidence/0${i + 1}-file-${i + 1}.png`,
    })),
    deadlines: [],
    audit: { headHash: null, headSeq: 0, intact: true },
  };
}
