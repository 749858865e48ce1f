import "server-only";
import { caseTitle } from "@/lib/cases/case-title";
import { db } from "@/lib/db";
import type { Bilingual } from "@/lib/deadlines";
import { NotFoundError } from "@/lib/errors";
import { loadCaseRecord } from "@/lib/export";
import { recipientFits, renderLetter } from "./render-letter";
import type { Recipient } from "./recipients";
import { TEMPLATES } from "./templates";
import type { Locale } from "@/lib/i18n/translator";

export interface LetterDraftView {
  readonly caseId: string;
  /** As shown (lib/cases/case-title.ts): the page picks the reader's language, not the letter's. */
  readonly caseTitle: Bilingual;
  readonly timeZone: string;
  readonly recipient: Recipient;
  readonly locale: Locale;
  readonly title: string;
  readonly text: string;
  /** the saved version shown, or null for a fresh draft from the case */
  readonly version: number | null;
  readonly versions: readonly { version: number; createdAt: Date; chars: number }[];
}

/**
 * The letter as the editor opens it: the asked-for saved version, else the newest saved
 * one, else a fresh draft from the case. Another user's case, or a recipient that does
 * not fit the case's kind, is NotFoundError (a 404).
 */
export async function getLetterDraft(
  ownerId: string,
  caseId: string,
  recipient: Recipient,
  locale: Locale,
  now: Date,
  version?: number,
): Promise<LetterDraftView> {
  const record = await loadCaseRecord(ownerId, caseId, now);
  if (!recipientFits(record, recipient)) throw new NotFoundError("letter");
  const saved = await db().letterDraft.findMany({
    where: { caseId, recipient, locale },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, body: true },
  });
  const versions = saved.map((v) => ({ version: v.version, createdAt: v.createdAt, chars: v.body.length }));
  const shown = version === undefined ? saved[0] : saved.find((v) => v.version === version);
  if (version !== undefined && !shown) throw new NotFoundError("letter version");
  const title = TEMPLATES[recipient].title[locale];
  const base = { caseId, caseTitle: caseTitle(record), timeZone: record.timeZone, recipient, locale, title, versions };
  if (shown) return { ...base, text: shown.body, version: shown.version };
  return { ...base, text: renderLetter(record, recipient, locale, now).text, version: null };
}
