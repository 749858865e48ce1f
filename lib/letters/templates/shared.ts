import type { CaseKind } from "@/lib/cases/schema";
import type { Bilingual } from "@/lib/deadlines";

// Letter templates as data. `{field}` is filled from the case (lib/letters/fields.ts) or
// becomes a visible 【待补充】/[TO FILL IN] placeholder; `{payments}`, `{evidence}` and
// `{timeline}` expand to numbered lists. A paragraph with `kinds` is only for those case
// kinds; one with `ifPresent` only when the case has that fact (so "reported on …" is
// never claimed for a case that was not reported), one with `ifAbsent` only when it has not
// (`moneyInvolved`: a restricted account that lost nothing names no amount). Channels named here are official
// only: 110 / 96110, the platforms' own hotlines (95017, 95188), the court.

export interface LetterParagraph {
  readonly text: Bilingual;
  readonly kinds?: readonly CaseKind[];
  readonly ifPresent?: string;
  /** Only when the case lacks that fact: the paragraph said instead (no payment, no amount). */
  readonly ifAbsent?: string;
}

export interface LetterTemplate {
  readonly title: Bilingual;
  readonly paragraphs: readonly LetterParagraph[];
}

/** A paragraph in both languages, optionally only for some kinds or when a fact is present. */
export function para(
  zh: string,
  en: string,
  only: { kinds?: readonly CaseKind[]; ifPresent?: string; ifAbsent?: string } = {},
): LetterParagraph {
  return { ...only, text: { "zh-CN": zh, en } };
}

/** The salutation: "某某：" / "To …:". */
export function addressedTo(name: Bilingual): LetterParagraph {
  return para(`${name["zh-CN"]}：`, `To ${name.en}:`);
}

/** What the platform shows since when, then what this letter says about it. */
export function restrictionSince(rest: Bilingual, only: { kinds?: readonly CaseKind[] } = {}): LetterParagraph {
  return para(
    `本人账户自{noticedAt}起出现“{restriction}”${rest["zh-CN"]}`,
    `Since {noticedAt} my account shows "{restriction}"${rest.en}`,
    only,
  );
}

const NOTHING: Bilingual = { "zh-CN": "", en: "" };

/**
 * The police report, after what this letter says first (`lead`) and before what it asks next
 * (`then`); either may be empty. The one way a letter says the case was reported.
 */
export function policeReported(
  lead: Bilingual,
  only: { kinds?: readonly CaseKind[]; ifPresent?: string } = {},
  then: Bilingual = NOTHING,
): LetterParagraph {
  return para(
    `${lead["zh-CN"]}本人已于{policeReportedAt}报警，回执号{policeReceiptNo}。${then["zh-CN"]}`,
    `${lead.en}I reported it to the police on {policeReportedAt}, receipt number {policeReceiptNo}.${then.en}`,
    only,
  );
}

export const SIGNATURE = para(
  "此致\n\n申请人：{applicantName}\n身份证号码：{idNumber}\n联系电话：{phone}\n日期：{today}",
  "Yours faithfully,\n\n{applicantName}\nID card number: {idNumber}\nPhone: {phone}\nDate: {today}",
);

/** Only where money is involved: a case without a loss has no "共 0 笔" and no amount to fill in. */
export const PAYMENTS = para(
  "付款明细（共 {paymentCount} 笔，合计{amount}）：\n{payments}",
  "The payments ({paymentCount}, {amount} in total):\n{payments}",
  { ifPresent: "moneyInvolved" },
);

export const EVIDENCE = para(
  "随附证据（共 {evidenceCount} 份，每份注明 SHA-256 值，可用 sha256sum、shasum 或 certutil 核对文件未被改动）：\n{evidence}",
  "Enclosed evidence, {evidenceCount} in all, each with its SHA-256 (sha256sum, shasum or certutil can check that a file is unchanged):\n{evidence}",
);

export const TIMELINE = para("事情经过：\n{timeline}", "What happened, in order:\n{timeline}");
