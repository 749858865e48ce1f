// Dates and times typed as text, the same in every browser and both languages: "2026-11-29 19:50",
// 24-hour clock. A native <input type="datetime-local"> draws its own widget in the browser's
// locale ("10:00 PM" on a Chinese page in an English browser), so the app's fields are text and
// these functions read what people type. Pure: no clock, no zone.

export type WallTimeKind = "datetime" | "date" | "time";

/** What a field shows as an example; the same in both languages. */
export const WALL_TIME_PLACEHOLDER: Record<WallTimeKind, string> = {
  datetime: "2026-11-29 19:50",
  date: "2026-11-29",
  time: "22:00",
};

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;

/** Digit groups of the text, with 8-digit dates, 4- or 6-digit times and 12/14-digit stamps split. */
function digitGroups(text: string, kind: WallTimeKind): string[] {
  const ascii = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const groups = ascii.match(/\d+/g) ?? [];
  const out: string[] = [];
  const dateParts = kind === "time" ? 0 : 3;
  for (const g of groups) {
    if (out.length === 0 && kind !== "time" && (g.length === 8 || g.length === 12 || g.length === 14)) {
      out.push(g.slice(0, 4), g.slice(4, 6), g.slice(6, 8));
      for (let i = 8; i < g.length; i += 2) out.push(g.slice(i, i + 2));
    } else if (out.length === dateParts && kind !== "date" && (g.length === 4 || g.length === 6)) {
      for (let i = 0; i < g.length; i += 2) out.push(g.slice(i, i + 2));
    } else {
      out.push(g);
    }
  }
  return out;
}

// Any Latin letter but the "T" of the canonical form, and the words of a 12-hour clock.
const TWELVE_HOUR_OR_WORDS = /[a-su-z]|上午|下午|晚上|凌晨|中午|早上|傍晚/i;

const pad = (n: number) => String(n).padStart(2, "0");

function civilDateOk(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function readDate(parts: string[]): string | null {
  const [y, m, d] = parts;
  if (!y || !m || !d || y.length !== 4 || m.length > 2 || d.length > 2) return null;
  if (!civilDateOk(Number(y), Number(m), Number(d))) return null;
  return `${y}-${pad(Number(m))}-${pad(Number(d))}`;
}

function readTime(parts: string[]): string | null {
  const [h, mi, s] = parts;
  if (!h || !mi || h.length > 2 || mi.length !== 2 || (s !== undefined && s.length !== 2)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  return `${pad(Number(h))}:${mi}${s !== undefined && s !== "00" ? `:${s}` : ""}`;
}

/**
 * The canonical value of typed text ("YYYY-MM-DDTHH:mm[:ss]", "YYYY-MM-DD" or "HH:mm"), or null
 * when it is not a real date or time. Accepts "2026-11-29 19:50", "2026/11/29 7:05",
 * "2026年11月29日 19:50", "202611291950", full-width digits, and the canonical form itself.
 */
export function parseWallTimeText(text: string, kind: WallTimeKind): string | null {
  // "10:00 PM" or "下午 3:00" is not read as 10:00 / 03:00: a 12-hour clock is refused, not guessed.
  if (TWELVE_HOUR_OR_WORDS.test(text)) return null;
  const parts = digitGroups(text.trim(), kind);
  if (kind === "date") return parts.length === 3 ? readDate(parts) : null;
  if (kind === "time") return parts.length === 2 || parts.length === 3 ? readTime(parts) : null;
  if (parts.length !== 5 && parts.length !== 6) return null;
  const date = readDate(parts.slice(0, 3));
  const time = readTime(parts.slice(3));
  return date && time ? `${date}T${time}` : null;
}

/** For a schema: typed text → its canonical value; text that is no date stays as it was (and fails the schema's check). */
export function canonicalWallTimeText(text: string, kind: WallTimeKind): string {
  return parseWallTimeText(text, kind) ?? text;
}

/** What a field shows for a value: the canonical value with a space instead of the "T". */
export function displayWallTimeText(text: string, kind: WallTimeKind): string {
  const canonical = parseWallTimeText(text, kind);
  return canonical ? canonical.replace("T", " ") : text;
}
