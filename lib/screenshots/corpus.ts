import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PaymentProposal } from "./extract-payment";

// The committed corpus (scripts/screenshots/make-corpus.mjs) and how a reading of it is scored;
// shared by the accuracy test and the bench so both count the same way.

export const CORPUS_DIR = path.join(import.meta.dirname, "__fixtures__", "corpus");

interface Expected {
  platform: string;
  amountFen: string;
  occurredAt: string;
  transactionId: string | null;
  counterparty: string | null;
}

export type CorpusEntry = { file: string; expect: Expected; refuse?: never } | { file: string; refuse: true };

export async function loadCorpus(): Promise<CorpusEntry[]> {
  return JSON.parse(await readFile(path.join(CORPUS_DIR, "expected.json"), "utf8")) as CorpusEntry[];
}

export interface Score {
  fields: number;
  right: number;
  negatives: number;
  refused: number;
  /** One line per wrong field or accepted negative, for the failure message. */
  misses: string[];
}

export function emptyScore(): Score {
  return { fields: 0, right: 0, negatives: 0, refused: 0, misses: [] };
}

/** Adds one image's reading to the score: five fields for a payment, a refusal for the others. */
export function score(total: Score, entry: CorpusEntry, result: PaymentProposal): void {
  if (entry.refuse) {
    total.negatives++;
    if (!result.ok && result.code === "not_a_payment") total.refused++;
    else total.misses.push(`${entry.file}: not refused`);
    return;
  }
  const got = result.ok
    ? {
        platform: result.platform,
        amountFen: result.amountFen?.toString() ?? null,
        occurredAt: result.occurredAt?.toISOString() ?? null,
        transactionId: result.transactionId ?? null,
        counterparty: result.counterparty ?? null,
      }
    : null;
  for (const key of ["platform", "amountFen", "occurredAt", "transactionId", "counterparty"] as const) {
    total.fields++;
    const value = got?.[key] ?? null;
    if (value === entry.expect[key]) total.right++;
    else total.misses.push(`${entry.file} ${key}: ${JSON.stringify(value)} ≠ ${JSON.stringify(entry.expect[key])}`);
  }
}
