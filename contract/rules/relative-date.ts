const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RELATIVE = /^([+-])(\d{1,6})([dwmy])$/i;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

type Ymd = { y: number; m: number; d: number };

function daysInMonth(y: number, m: number): number {
  if (m !== 2) return [4, 6, 9, 11].includes(m) ? 30 : 31;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

export function parseISODate(value: unknown): Ymd | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isISODate(value: unknown): value is string {
  return parseISODate(value) !== null;
}

function toISO(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

function utc(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

export function todayISO(now: Date = new Date()): string {
  return toISO(now);
}

/** Months and years clamp to the month's last day: 2026-01-31 +1m is 2026-02-28. */
export function resolveRelativeDate(spec: string, today: string): string | null {
  if (typeof spec !== "string") return null;
  const text = spec.trim();
  if (parseISODate(text)) return text;
  const base = parseISODate(today);
  if (!base) return null;
  if (text.toLowerCase() === "today") return today;
  const match = RELATIVE.exec(text);
  if (!match) return null;
  const amount = Number(match[2]) * (match[1] === "-" ? -1 : 1);
  const unit = match[3].toLowerCase();
  if (unit === "d" || unit === "w") {
    const date = utc(base.y, base.m, base.d + amount * (unit === "w" ? 7 : 1));
    const year = date.getUTCFullYear();
    return year < 1 || year > 9999 ? null : toISO(date);
  }
  const months = base.y * 12 + (base.m - 1) + amount * (unit === "y" ? 12 : 1);
  const y = Math.floor(months / 12);
  const m = months - y * 12 + 1;
  if (y < 1 || y > 9999) return null;
  return toISO(utc(y, m, Math.min(base.d, daysInMonth(y, m))));
}

/** "2026-11-23" -> "23 November 2026"; other strings unchanged. */
export function formatLongDate(iso: string): string {
  const date = parseISODate(iso);
  return date ? `${date.d} ${MONTHS[date.m - 1]} ${date.y}` : iso;
}
