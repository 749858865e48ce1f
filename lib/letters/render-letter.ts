import { caseTitle } from "@/lib/cases/case-title";
import type { CaseRecord } from "@/lib/export/pure";
import { caseFields, caseLists, placeholder, type LetterContext } from "./fields";
import { RECIPIENTS_BY_KIND, type Recipient } from "./recipients";
import { TEMPLATES } from "./templates";
import { punctuation } from "@/lib/i18n/punctuation";
import { translator, type Locale } from "@/lib/i18n/translator";

export interface RenderedLetter {
  readonly recipient: Recipient;
  readonly locale: Locale;
  readonly title: string;
  /** plain text, paragraphs separated by one blank line: what the editor starts from */
  readonly text: string;
}

const CASE_WORD = { "zh-CN": "案件", en: "Case" } as const;

const TOKEN = /\{([A-Za-z]+)\}/g;

export function recipientFits(record: Pick<CaseRecord, "kind">, recipient: Recipient): boolean {
  return RECIPIENTS_BY_KIND[record.kind].includes(recipient);
}

/** The first draft of a letter, filled from the case. Pure: `now` only dates the signature. */
export function renderLetter(record: CaseRecord, recipient: Recipient, locale: Locale, now: Date): RenderedLetter {
  if (!recipientFits(record, recipient)) throw new RangeError(`${recipient} does not fit a ${record.kind} case`);
  const ctx: LetterContext = { record, locale, t: translator(locale), now };
  const values: Record<string, string | null> = { ...caseFields(ctx), ...caseLists(ctx) };
  const template = TEMPLATES[recipient];
  const paragraphs = template.paragraphs
    .filter((p) => !p.kinds || p.kinds.includes(record.kind))
    .filter((p) => !p.ifPresent || values[p.ifPresent])
    .filter((p) => !p.ifAbsent || !values[p.ifAbsent])
    .map((p) => p.text[locale].replace(TOKEN, (_match, name: string) => values[name] ?? placeholder(name, locale)));
  const title = template.title[locale];
  const { brackets, colon } = punctuation(locale);
  const heading = `${title}\n${brackets(`${CASE_WORD[locale]}${colon}${caseTitle(record)[locale]}`)}`;
  return { recipient, locale, title, text: [heading, ...paragraphs].join("\n\n") + "\n" };
}
