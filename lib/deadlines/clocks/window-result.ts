import type { Bilingual } from "../catalog/rule-types";

/** Earliest/latest instants of one rule's window, and how they were reached. */
export interface WindowResult {
  readonly earliest: Date;
  readonly latest: Date;
  /** False when a working-day count crossed a year without a published holiday schedule. */
  readonly holidaysConfirmed: boolean;
  /** Those years, ascending; empty when confirmed. */
  readonly unconfirmedYears: readonly number[];
  readonly derivation: Bilingual;
}

/** Shared by every window that counts no working days: nothing to allocate per deadline. */
export const NO_YEARS: readonly number[] = Object.freeze([]);

/** Joins derivation steps: en "a; b → result", zh "a；b → 结果" (full-width semicolon next to Chinese). */
export function joinDerivation(
  en: readonly string[],
  zh: readonly string[],
  resultEn: string,
  resultZh: string,
): Bilingual {
  return { en: `${en.join("; ")} → ${resultEn}`, "zh-CN": `${zh.join("；")} → ${resultZh}` };
}
