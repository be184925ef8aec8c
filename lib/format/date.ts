import { formatLongDate as englishLongDate, isISODate } from "@/contract/rules/relative-date";

/** "3 March 2026"; in another language (an Intl tag, e.g. "ar-u-nu-latn") as that language writes a long date. */
export function formatLongDate(iso: string, tag = "en-GB"): string {
  if (tag.startsWith("en")) return englishLongDate(iso);
  const day = isISODate(iso) ? new Date(`${iso}T12:00:00Z`) : null;
  return day ? new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(day) : iso;
}

const TIME_ZONE = "Europe/London";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Made on first use: the first formatter with a time zone loads the zone's data, about 30 ms of a phone's boot for a
// page whose client code only imports this module (the console's actions).
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
const TIMESTAMP = once(
  () =>
    new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: TIME_ZONE,
    }),
);
const MEDIUM_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE };
const ZONE_OPTIONS: Intl.DateTimeFormatOptions = { timeZone: TIME_ZONE, timeZoneName: "short" };
const MEDIUM_DATE_TIME = once(() => new Intl.DateTimeFormat("en-GB", MEDIUM_OPTIONS));
const ZONE_NAME = once(() => new Intl.DateTimeFormat("en-GB", ZONE_OPTIONS));
const DAY_UK = once(
  () => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }),
);

/**
 * For customers: "3 March 2026 at 14:05" (UK time) for an ISO timestamp; a plain date stays a date. In another
 * language (an Intl tag) as that language writes a long date and a time.
 */
export function formatTimestamp(value: string, tag = "en-GB"): string {
  if (isISODate(value)) return formatLongDate(value, tag);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  if (tag.startsWith("en")) return TIMESTAMP().format(time).replace(", ", " at ");
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: TIME_ZONE }).format(time);
}

/** The cover period in words. */
export function coverText(start: string | null, end: string | null): string {
  const day = (d: string) => (isISODate(d) ? formatLongDate(d) : d);
  if (start && end) return `${day(start)} to ${day(end)}`;
  if (start) return `From ${day(start)}`;
  if (end) return `Until ${day(end)}`;
  return "Not set yet";
}

/** For the console: "3 Mar 2026, 14:05 GMT", the zone stated plainly; `tag` another language's Intl tag. */
export function formatDateTime(iso: string | null | undefined, tag = "en-GB"): string {
  if (!iso) return "Not recorded";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const english = tag === "en-GB";
  const medium = english ? MEDIUM_DATE_TIME() : new Intl.DateTimeFormat(tag, MEDIUM_OPTIONS);
  const zoneName = english ? ZONE_NAME() : new Intl.DateTimeFormat(tag, ZONE_OPTIONS);
  const zone = zoneName.formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "";
  return `${medium.format(date)} ${zone}`;
}

/** For the console: a date (YYYY-MM-DD) or the UK date of a timestamp, e.g. "31 Jan 2026". */
export function formatDate(value: string | null | undefined, tag = "en-GB"): string {
  if (!value) return "—";
  const plain = ISO_DAY.test(value);
  const day = plain ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(day.getTime())) return value;
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: plain ? "UTC" : TIME_ZONE }).format(day);
}

/** Today's date in the UK, YYYY-MM-DD. */
export function todayInUk(now = new Date()): string {
  return DAY_UK().format(now);
}
