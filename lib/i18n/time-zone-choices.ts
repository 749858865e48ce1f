import { punctuation } from "./punctuation";

// The reminder settings' time zone picker: a person chooses "中国标准时间", not types
// "Asia/Shanghai". Names and offsets come from the runtime's ICU data, in the reader's language;
// offsets are those in force at `now` (summer time moves them).

/** Where most users live or write from: listed first. The rest follow in alphabetical order. */
const COMMON_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Macau",
  "Asia/Taipei",
  "Asia/Singapore",
  "Asia/Kuala_Lumpur",
  "Asia/Tokyo",
  "Asia/Seoul",
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "America/Vancouver",
  "Australia/Sydney",
] as const;

export interface TimeZoneChoice {
  readonly value: string;
  readonly label: string;
}

function zoneNamePart(locale: string, zone: string, style: "longGeneric" | "longOffset", now: Date): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(now);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
}

/** "中国标准时间（Asia/Shanghai，GMT+08:00）" / "China Standard Time (Asia/Shanghai, GMT+08:00)". */
export function timeZoneLabel(zone: string, locale: string, now: Date): string {
  const p = punctuation(locale);
  // ICU writes "Dumont d’Urville Time"; English here is written with ASCII punctuation.
  const name = zoneNamePart(locale, zone, "longGeneric", now).replace(/[‘’]/g, locale === "en" ? "'" : "$&");
  const offset = zoneNamePart("en", zone, "longOffset", now).replace(/^GMT$/, "GMT+00:00");
  // A zone ICU has no name for is "named" by its offset: say it once.
  if (name.startsWith("GMT") || name === zone) return `${zone}${p.aside(offset)}`;
  return `${name}${p.aside(`${zone}${p.comma}${offset}`)}`;
}

const HOUR_MS = 3_600_000;
/** Labels of every known zone per locale and hour: ~420 labels cost ~45 ms to build. */
const labelCache = new Map<string, ReadonlyMap<string, string>>();

/** Offsets change on the hour at most (summer time), so the labels of one hour are shared. */
function knownZoneLabels(locale: string, now: Date): ReadonlyMap<string, string> {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  const key = `${locale}@${hour}`;
  let labels = labelCache.get(key);
  if (!labels) {
    const at = new Date(hour * HOUR_MS);
    labels = new Map(Intl.supportedValuesOf("timeZone").map((zone) => [zone, timeZoneLabel(zone, locale, at)]));
    if (labelCache.size >= 8) labelCache.clear();
    labelCache.set(key, labels);
  }
  return labels;
}

/**
 * The zones to offer: the common ones, then every other zone the runtime knows. A `current`
 * zone the list lacks (an old alias such as "Asia/Chongqing", or "UTC") is kept at the top of
 * the rest, so that saving the form never changes it behind the user's back.
 */
export function timeZoneChoices(
  locale: string,
  now: Date,
  current?: string,
): { common: TimeZoneChoice[]; others: TimeZoneChoice[] } {
  const common = new Set<string>(COMMON_ZONES);
  const known = knownZoneLabels(locale, now);
  const rest = [...known.keys()].filter((zone) => !common.has(zone));
  if (current && !common.has(current) && !known.has(current)) rest.unshift(current);
  const choice = (zone: string) => ({ value: zone, label: known.get(zone) ?? timeZoneLabel(zone, locale, now) });
  return { common: COMMON_ZONES.map(choice), others: rest.map(choice) };
}
