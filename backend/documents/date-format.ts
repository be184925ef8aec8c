const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-22", an ISO timestamp or a Date → "22 November 2026" (UK civil date); null → "—". */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    // A bare date is a calendar day, not an instant: format it in UTC so no time zone can shift it.
    const m = DATE_ONLY.exec(value);
    if (m) return DAY.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return LONG.format(date);
}

/** "1 March 2026 to 28 February 2027". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return "—";
  return `${formatDate(start)} to ${formatDate(end)}`;
}
