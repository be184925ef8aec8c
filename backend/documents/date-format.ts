import { DEFAULT_LOCALE, INTL_TAG, type Locale } from "../../contract/locales";
import { say } from "../messages";

const LONG = { day: "numeric", month: "long", year: "numeric" } as const;
const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and zone: "22 November 2026" in British English, "22 نوفمبر 2026" in Arabic. */
function format(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(INTL_TAG[locale], { ...LONG, timeZone })));
  return found;
}
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-22", an ISO timestamp or a Date → "22 November 2026" (UK civil date); null → "—". */
export function formatDate(value: string | Date | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    // A bare date is a calendar day, not an instant: format it in UTC so no time zone can shift it.
    const m = DATE_ONLY.exec(value);
    if (m) return format(locale, "UTC").format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return format(locale, "Europe/London").format(date);
}

/** "1 March 2026 to 28 February 2027". */
export function formatPeriod(start: string | null, end: string | null, locale: Locale = DEFAULT_LOCALE): string {
  if (!start && !end) return "—";
  return say(locale, "common", "period", { start: formatDate(start, locale), end: formatDate(end, locale) });
}
