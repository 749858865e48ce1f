import type { Bilingual } from "../catalog/rule-types";

/**
 * The warning shown with a deadline counted across a year whose holiday notice
 * is not published: it names the year(s), and says what is missing (调休).
 * zh "2027 年放假安排尚未公布，调休未计入"; en "The 2027 holiday schedule is
 * not yet published; make-up working days are not counted".
 */
export function provisionalHolidaysNote(years: readonly number[]): Bilingual {
  const zhYears = years.join("、");
  const enYears =
    years.length <= 1 ? years.join("") : `${years.slice(0, -1).join(", ")} and ${years[years.length - 1] ?? ""}`;
  const plural = years.length > 1;
  return {
    "zh-CN": `${zhYears} 年放假安排尚未公布，调休未计入`,
    en: `The ${enYears} holiday ${plural ? "schedules are" : "schedule is"} not yet published; make-up working days are not counted`,
  };
}
