import type { PrintLocale } from "./print-doc";

// Instants as a person in the case's zone reads them ("2026-11-29 10:00"), with the zone named once.

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(at: Date, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
}

export function formatDateTime(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function formatDate(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "北京时间" / "Beijing time" for Asia/Shanghai (and its aliases), else the IANA name. */
export function zoneName(timeZone: string, locale: PrintLocale): string {
  if (["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].includes(timeZone)) {
    return locale === "zh-CN" ? "北京时间" : "Beijing time";
  }
  return timeZone;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
