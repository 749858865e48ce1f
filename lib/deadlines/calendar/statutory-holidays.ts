import { epochDayFromCivil, isoWeekday, type EpochDay } from "./civil-date";
import { LUNAR_DATES, LUNAR_DATES_FIRST_YEAR } from "./lunar-dates";

/**
 * The days off fixed by law, for a year whose State Council notice is not
 * published (or not in HOLIDAYS_CN): 《全国年节及纪念日放假办法》, in the
 * revision in force that year. What the yearly notice adds (bridging days and
 * the weekend make-up working days, 调休) cannot be known in advance and is
 * not guessed; see docs/deadline-engine.md, "Years without a notice".
 */
interface Revision {
  /** First year the revision governs. */
  readonly from: number;
  readonly name: string;
  /** Spring Festival days as offsets from 正月初一 (-1 = 除夕). */
  readonly springFestival: readonly number[];
  /** Labour Day: 1 May and this many days in all. */
  readonly labourDays: number;
  /** 清明, 端午 and 中秋 are holidays (since the 2007 revision). */
  readonly traditional: boolean;
}

const REVISIONS: readonly Revision[] = [
  { from: 2025, name: "2024年修订", springFestival: [-1, 0, 1, 2], labourDays: 2, traditional: true },
  { from: 2014, name: "2013年修订", springFestival: [0, 1, 2], labourDays: 1, traditional: true },
  { from: 2008, name: "2007年修订", springFestival: [-1, 0, 1], labourDays: 1, traditional: true },
  { from: 2000, name: "1999年修订", springFestival: [0, 1, 2], labourDays: 3, traditional: false },
];

export interface StatutoryFestival {
  readonly festival: string;
  readonly days: readonly EpochDay[];
}

function revisionFor(year: number): Revision {
  const revision = REVISIONS.find((r) => year >= r.from);
  if (!revision) throw new RangeError(`No statutory holiday rules for ${year}`);
  return revision;
}

function lunarDays(year: number): [eve: EpochDay, qingming: EpochDay, dragonBoat: EpochDay, midAutumn: EpochDay] {
  const row = LUNAR_DATES[year - LUNAR_DATES_FIRST_YEAR];
  if (row === undefined) throw new RangeError(`No lunar dates for ${year}`);
  const [eve = 0, qingming = 0, dragonBoat = 0, midAutumn = 0] = row.split(" ").map((mmdd) => {
    const [month = 0, day = 0] = mmdd.split("-").map(Number);
    return epochDayFromCivil(year, month, day);
  });
  return [eve, qingming, dragonBoat, midAutumn];
}

const run = (first: EpochDay, length: number) => Array.from({ length }, (_, i) => first + i);

/** The statutory holidays of `year` (articles 2 and 3 of the revision in force), by festival. */
export function statutoryFestivals(year: number): StatutoryFestival[] {
  const r = revisionFor(year);
  const [eve, qingming, dragonBoat, midAutumn] = lunarDays(year);
  const festivals: StatutoryFestival[] = [
    { festival: "元旦", days: [epochDayFromCivil(year, 1, 1)] },
    { festival: "春节", days: r.springFestival.map((offset) => eve + 1 + offset) },
    { festival: "劳动节", days: run(epochDayFromCivil(year, 5, 1), r.labourDays) },
    { festival: "国庆节", days: run(epochDayFromCivil(year, 10, 1), 3) },
  ];
  if (r.traditional) {
    festivals.push(
      { festival: "清明节", days: [qingming] },
      { festival: "端午节", days: [dragonBoat] },
      { festival: "中秋节", days: [midAutumn] },
    );
  }
  return festivals.sort((a, b) => (a.days[0] ?? 0) - (b.days[0] ?? 0));
}

const isWeekend = (day: EpochDay) => isoWeekday(day) >= 6;

/**
 * Article 6: an all-citizen holiday that falls on a Saturday or Sunday is made
 * up on a working day. Which working day is the notice's choice; this takes
 * the first weekdays after the festival that are not already off, one per
 * weekend holiday (a day shared by two festivals, 中秋 on 1 October, counts
 * once). It is what every notice of 2020–2026 did, at least.
 */
export function provisionalDaysOff(year: number): EpochDay[] {
  const festivals = statutoryFestivals(year);
  // Every statutory day first, so a make-up day never lands on a later festival.
  const off = new Set<EpochDay>(festivals.flatMap((f) => f.days));
  const counted = new Set<EpochDay>();
  for (const { days } of festivals) {
    let owed = 0;
    for (const day of days) {
      if (counted.has(day)) continue;
      counted.add(day);
      if (isWeekend(day)) owed++;
    }
    for (let day = Math.max(...days) + 1; owed > 0; day++) {
      if (isWeekend(day) || off.has(day)) continue;
      off.add(day);
      owed--;
    }
  }
  return [...off].sort((a, b) => a - b);
}

/** Name of the revision that fixes `year`'s statutory holidays, e.g. "2024年修订". */
export function statutoryRevisionName(year: number): string {
  return revisionFor(year).name;
}
