import type { Bilingual } from "@/lib/deadlines";
import { locales } from "@/lib/i18n/config";
import { translator, type Locale } from "@/lib/i18n/translator";
import { CASE_KINDS, PLATFORMS, type CaseKind, type Platform } from "./schema";

// A case's title. What the user typed is theirs: stored and shown as typed, in every language.
// A title Recourse made up (the wizard suggests "{platform} {kind}", e.g. "支付宝 诈骗", and
// most people keep it) is stored as "" and shown in the reader's language: a case opened in
// Chinese reads "Alipay Fraud" to the same person after switching to English, and in an English
// reminder or letter. Chosen over "generated once, in the creator's language": those words are
// the app's, not the user's, and a reader who switched language expects the app's words to
// follow. Titles stored before this change that equal a suggestion read the same way.

/** Anything with the fields a title is made from (a row, a record, a list item). */
export interface Titled {
  readonly title: string;
  readonly kind: CaseKind;
  readonly platform: Platform | string;
}

/** A platform's name in one language; one the app does not know (an old row) as stored. */
export function platformName(platform: Platform | string, locale: Locale): string {
  return isPlatform(platform) ? translator(locale, "cases")(`platforms.${platform}`) : platform;
}

function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

// Formatting a message with values costs ~25 µs; a case list titles every case in both
// languages, so the 60 suggestions (2 languages × 6 kinds × 5 platforms) are made once.
const made = new Map<string, string>();

/** The title Recourse suggests for a kind and platform, in one language. */
export function generatedTitle(kind: CaseKind, platform: Platform | string, locale: Locale): string {
  const key = `${locale} ${kind} ${platform}`;
  const kept = made.get(key);
  if (kept !== undefined) return kept;
  const t = translator(locale, "cases");
  const title = t("generatedTitle", { platform: platformName(platform, locale), kind: t(`kinds.${kind}`) });
  if (isPlatform(platform)) made.set(key, title);
  return title;
}

// Every suggestion, for every kind and platform: a suggestion left standing after the user
// changed the platform (or kind) is still the app's words, not theirs.
const SUGGESTIONS = new Set(
  locales.flatMap((locale) => CASE_KINDS.flatMap((kind) => PLATFORMS.map((p) => generatedTitle(kind, p, locale)))),
);

/** Whether a title is none of the user's own: empty, or a suggestion in any language. Stored as "". */
export function isGeneratedTitle(title: string): boolean {
  return title.trim() === "" || SUGGESTIONS.has(title.trim());
}

/** What is stored for a title given in a form: the user's own as given, a suggestion as "". */
export function storedTitle(title: string): string {
  return isGeneratedTitle(title) ? "" : title;
}

/** The title to show, in both languages: the user's own the same in both, a generated one translated. */
export function caseTitle(c: Titled): Bilingual {
  if (!isGeneratedTitle(c.title)) return { "zh-CN": c.title, en: c.title };
  return { "zh-CN": generatedTitle(c.kind, c.platform, "zh-CN"), en: generatedTitle(c.kind, c.platform, "en") };
}

/** Cases whose generated title contains `text` in either language (a search must find them too). */
export function generatedTitleMatches(text: string): { kind: CaseKind; platform: Platform }[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  return CASE_KINDS.flatMap((kind) =>
    PLATFORMS.filter((platform) =>
      locales.some((locale) => generatedTitle(kind, platform, locale).toLowerCase().includes(needle)),
    ).map((platform) => ({ kind, platform })),
  );
}
