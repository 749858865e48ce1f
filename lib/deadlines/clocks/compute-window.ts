import type { CaseFacts } from "../case-input";
import type { RuleWindow } from "../catalog/rule-types";
import { supportedCivilDay } from "../calendar/supported-range";
import { chinaWorkingDays } from "../calendar/working-day-calendar";
import { calendarDaysWindow } from "./calendar-days-window";
import { fixedWindow } from "./fixed-window";
import { hoursWindow } from "./hours-window";
import type { PauseInterval } from "./pause-intervals";
import { workingDaysWindow } from "./working-days-window";
import type { WindowResult } from "./window-result";

/** Whether the case facts a window reads are present (absent → the rule does not apply). */
export function windowFactsPresent(window: RuleWindow, facts: CaseFacts): boolean {
  if (!("fromFact" in window)) return true;
  return facts[window.fromFact] !== undefined;
}

/** Earliest/latest instants of a window started at `trigger`, moved by the given pauses. */
export function computeWindow(
  window: RuleWindow,
  trigger: Date,
  facts: CaseFacts,
  pauses: readonly PauseInterval[],
): WindowResult {
  switch (window.clock) {
    case "HOURS": {
      if (!("fromFact" in window)) return hoursWindow(trigger, window.min, window.max, pauses);
      const hours = facts.delayedArrivalHours;
      if (hours !== 2 && hours !== 24)
        throw new RangeError(`delayedArrivalHours must be 2 or 24, got ${String(hours)}`);
      return hoursWindow(trigger, hours, hours, pauses);
    }
    case "WORKING_DAYS":
      return workingDaysWindow(chinaWorkingDays(), trigger, window.min, window.max, pauses);
    case "CALENDAR_DAYS":
      return calendarDaysWindow(trigger, window.min, window.max, pauses);
    case "FIXED":
      return fixedWindow(supportedCivilDay(facts.freezeExpiresOn ?? "", "freezeExpiresOn"), pauses);
  }
}
