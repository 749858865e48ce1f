import type { Bilingual } from "../catalog/rule-types";

/** Earliest/latest instants of one rule's window, and how they were reached. */
export interface WindowResult {
  readonly earliest: Date;
  readonly latest: Date;
  /** False when a working-day count crossed a year without a published holiday schedule. */
  readonly holidaysConfirmed: boolean;
  readonly derivation: Bilingual;
}

/** Joins derivation steps: en "a; b → result", zh "a；b → 结果" (full-width semicolon next to Chinese). */
export function joinDerivation(
  en: readonly string[],
  zh: readonly string[],
  resultEn: string,
  resultZh: string,
): Bilingual {
  return { en: `${en.join("; ")} → ${resultEn}`, "zh-CN": `${zh.join("；")} → ${resultZh}` };
}
