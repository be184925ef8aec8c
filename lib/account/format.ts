import { formatLongDate, isISODate } from "@/contract/rules";
import { formatMoney } from "@/components/ui/price-breakdown";

const TIMESTAMP = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

/** "3 March 2026 at 14:05" for an ISO timestamp; a plain date stays a date; anything else as given. */
export function formatTimestamp(value: string): string {
  if (isISODate(value)) return formatLongDate(value);
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : TIMESTAMP.format(time).replace(", ", " at ");
}

/** The cover period in words. */
export function coverText(start: string | null, end: string | null): string {
  const day = (d: string) => (isISODate(d) ? formatLongDate(d) : d);
  if (start && end) return `${day(start)} to ${day(end)}`;
  if (start) return `From ${day(start)}`;
  if (end) return `Until ${day(end)}`;
  return "Not set yet";
}

/** The list's premium (a number there) as money. */
export function premiumText(premium: number | null, currency: string): string {
  if (premium === null || !Number.isFinite(premium)) return "Not priced yet";
  return currency ? formatMoney(premium.toFixed(2), currency) : premium.toFixed(2);
}

