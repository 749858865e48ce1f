/** Public surface of the deadline engine. Pure: no clock, env, filesystem or database. */
export {
  isWorkingDay,
  addWorkingDays,
  addCalendarDays,
  holidaysConfirmed,
  nthWorkingDayAfter,
} from "./calendar/working-days";
export {
  beijingEpochDay,
  endOfBeijingDay,
  startOfBeijingDay,
  formatIsoDate,
  parseIsoDate,
  type EpochDay,
} from "./calendar/civil-date";
export { addCalendarSpan, type CalendarSpan } from "./calendar/calendar-span";
export { chinaWorkingDays, WorkingDayCalendar, type DayKind } from "./calendar/working-day-calendar";
export { HOLIDAYS_CN, type HolidayYear, type HolidayArrangement } from "./calendar/holidays-cn";
export { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY } from "./calendar/supported-range";

export {
  CASE_KINDS,
  CASE_EVENT_TYPES,
  type CaseKind,
  type CaseEventType,
  type CaseEventInput,
  type CaseEventPayload,
  type CaseFacts,
} from "./case-input";
// The engine holds no kind's rules: lib/kinds/catalog.ts builds the catalog from the kind modules
// and passes each case's rules in. Only the vocabulary the kinds' rules share lives here.
export { ALL_KINDS_RULES } from "./catalog/all-kinds";
export { catalogFingerprint } from "./catalog/fingerprint";
export { ruleInScope } from "./catalog/scope";
export { EVIDENCE } from "./catalog/evidence";
export type { RuleScope } from "./catalog/rule-types";
export { ADVICE_RULES, type AdviceRule } from "./catalog/advice";
export { SOURCES, cites } from "./catalog/sources";
export { SELF_CHECK_ITEMS, type SelfCheckItem } from "./guidance/self-check";
export {
  officialContacts,
  PAYMENT_PLATFORMS,
  type OfficialContact,
  type PaymentPlatform,
} from "./guidance/official-contacts";
export type {
  Bilingual,
  Clock,
  DeadlineRule,
  Escalation,
  EvidenceFact,
  EvidenceItem,
  Owner,
  RuleWindow,
} from "./catalog/rule-types";

export { computeDeadlines } from "./compute-deadlines";
export { provisionalHolidaysNote } from "./derivation/provisional-note";
export { provisionalDaysOff, statutoryFestivals, type StatutoryFestival } from "./calendar/statutory-holidays";
export type { ActiveDeadline, ComputeOptions, Deadline, DeadlineStatus, InactiveDeadline } from "./deadline";
export { computeAdvice } from "./compute-advice";
export {
  reminderInstants,
  REMINDER_OFFSETS_HOURS,
  type ReminderInstant,
  type ReminderOffsetHours,
} from "./reminder-instants";
export { previewDeadlines } from "./preview-deadlines";
export { parseBeijingDateTime, type ParseDateTimeResult } from "./parse-beijing-date-time";
export { countDaysFrom, MAX_COUNT_DAYS } from "./count-days";
export type { WindowResult } from "./clocks/window-result";
