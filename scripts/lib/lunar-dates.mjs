// Lunar festival dates and the Qingming solar term per Gregorian year, from
// tyme4ts (a maintained calendar library; dev dependency only). Shared by the
// generator and the test that re-derives the committed table.
import { LunarDay, SolarTerm } from "tyme4ts";

/** @param {number} n */
const pad = (n) => String(n).padStart(2, "0");
/** @param {import("tyme4ts").SolarDay} solarDay */
const mmdd = (solarDay) => `${pad(solarDay.getMonth())}-${pad(solarDay.getDay())}`;

/** "MM-DD MM-DD MM-DD MM-DD": 除夕 (Spring Festival eve), 清明, 端午, 中秋 falling in `year`. */
/** @param {number} year */
export function lunarDatesOf(year) {
  const newYear = LunarDay.fromYmd(year, 1, 1);
  const eve = newYear.next(-1).getSolarDay();
  if (eve.getYear() !== year) throw new Error(`${year}: Spring Festival eve falls in ${eve.getYear()}`);
  const qingming = SolarTerm.fromName(year, "清明").getJulianDay().getSolarDay();
  const dragonBoat = LunarDay.fromYmd(year, 5, 5).getSolarDay();
  const midAutumn = LunarDay.fromYmd(year, 8, 15).getSolarDay();
  return [eve, qingming, dragonBoat, midAutumn].map(mmdd).join(" ");
}

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
