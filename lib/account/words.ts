import { isISODate } from "@/contract/rules/relative-date";
import { formatLongDate, formatTimestamp } from "@/lib/format/date";
import type { Translate } from "@/lib/i18n/catalogue";

const MOMENTS = new Map<string, Intl.DateTimeFormat>();

/** A timestamp as the page's language writes it (UK time): "3 March 2026 at 14:05" in English; a date stays a date. */
export function formatMoment(value: string, tag: string): string {
  if (tag.startsWith("en")) return formatTimestamp(value);
  if (isISODate(value)) return formatLongDate(value, tag);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  let format = MOMENTS.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });
    MOMENTS.set(tag, format);
  }
  return format.format(time);
}

/** The cover period in words; `t` reads a namespace with coverFromTo, coverFrom, coverUntil and coverNotSet. */
export function coverPeriod(start: string | null, end: string | null, t: Translate, tag: string): string {
  const day = (d: string) => (isISODate(d) ? formatLongDate(d, tag) : d);
  if (start && end) return t("coverFromTo", { start: day(start), end: day(end) });
  if (start) return t("coverFrom", { start: day(start) });
  if (end) return t("coverUntil", { end: day(end) });
  return t("coverNotSet");
}

const MARK = "\u0001";

/**
 * A message with places for links or a bold name (`names`, in the order the message has them in every language):
 * its text around them, one piece more than there are names.
 */
export function around(t: Translate, key: string, names: string[], params: Record<string, string | number> = {}) {
  const marks = Object.fromEntries(names.map((name) => [name, MARK]));
  const pieces = t(key, { ...params, ...marks }).split(MARK);
  return names.map((_, i) => pieces[i] ?? "").concat(pieces.slice(names.length).join(""));
}
