/** ISO dates and the contract's relative bounds (`today`, `+30d`, `-18y`, `+1m`), in UTC. */

export const today = () => new Date().toISOString().slice(0, 10);

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function shiftDate(iso: string, amount: number, unit: "d" | "m" | "y"): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (unit === "d") d.setUTCDate(d.getUTCDate() + amount);
  if (unit === "m") d.setUTCMonth(d.getUTCMonth() + amount);
  if (unit === "y") d.setUTCFullYear(d.getUTCFullYear() + amount);
  return d.toISOString().slice(0, 10);
}

/** A bound as an ISO date, or null when it can't be read (then it doesn't apply). */
export function resolveBound(bound: unknown): string | null {
  if (typeof bound !== "string") return null;
  if (bound === "today") return today();
  const rel = /^([+-])(\d+)([dmy])$/.exec(bound);
  if (rel) return shiftDate(today(), Number(rel[2]) * (rel[1] === "-" ? -1 : 1), rel[3] as "d" | "m" | "y");
  return isIsoDate(bound) ? bound : null;
}

/** "3 March 2026", for messages a person reads. */
export function spoken(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-IE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
