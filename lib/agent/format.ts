import { keyLabel } from "@/lib/key-label";
/** How the console writes dates, times and amounts: British English, UK time, stated plainly. */

const TIME_ZONE = "Europe/London";

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "Not recorded";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(date) + ` ${zoneName(date)}`;
}

function zoneName(date: Date): string {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, timeZoneName: "short" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/** A date (YYYY-MM-DD) or the date of a timestamp, e.g. "31 Jan 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(day.getTime())) return value;
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? "UTC" : TIME_ZONE }).format(day);
}

/** The list's premium is a number (as the v3 document shows it). */
export function formatAmount(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return "—";
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`.trim();
  }
}

/** Any answer as text: lists joined, files by name, yes/no for booleans. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map(formatValue).join(", ") || "—";
  if (typeof value === "object") {
    const named = (value as { name?: unknown }).name;
    if (typeof named === "string") return named;
    return Object.entries(value).map(([k, v]) => `${keyLabel(k)}: ${formatValue(v)}`).join("; ");
  }
  return String(value);
}

/** Today's date in the UK, YYYY-MM-DD. */
export function todayInUk(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
