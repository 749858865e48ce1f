import { MS_PER_HOUR } from "../calendar/civil-date";
import { enDateTime, formatDuration, zhDateTime } from "../derivation/format-dates";
import { pausedMs, type PauseInterval } from "./pause-intervals";
import { NO_YEARS, joinDerivation, type WindowResult } from "./window-result";

/** HOURS: absolute elapsed time from the trigger instant (48 h = trigger + 48 h exactly), plus paused time. */
export function hoursWindow(trigger: Date, min: number, max: number, pauses: readonly PauseInterval[]): WindowResult {
  const shift = pausedMs(pauses);
  const earliest = new Date(trigger.getTime() + min * MS_PER_HOUR + shift);
  const latest = new Date(trigger.getTime() + max * MS_PER_HOUR + shift);
  const en = [`${min === max ? max : `${min}–${max}`} hours from ${enDateTime(trigger)}`];
  const zh = [`自${zhDateTime(trigger)}起${min === max ? max : `${min}至${max}`}小时`];
  if (pauses.length > 0) {
    const d = formatDuration(shift);
    en.push(`paused ${d.en} while waiting for your information`);
    zh.push(`等待补充材料暂停${d.zh}`);
  }
  const single = earliest.getTime() === latest.getTime();
  const resultEn = single ? enDateTime(latest) : `${enDateTime(earliest)} – ${enDateTime(latest)}`;
  const resultZh = single ? zhDateTime(latest) : `${zhDateTime(earliest)}至${zhDateTime(latest)}`;
  return {
    earliest,
    latest,
    holidaysConfirmed: true,
    unconfirmedYears: NO_YEARS,
    derivation: joinDerivation(en, zh, `${resultEn} (Beijing time)`, `${resultZh}（北京时间）`),
  };
}
