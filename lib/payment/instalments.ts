import type { PlannedInstalment } from "@/contract/journey";

const PENCE = /^(\d+)\.(\d{2})$/;
/** "8.26" → 826; null for anything that is not a non-negative two-place amount. */
function pence(amount: string): number | null {
  const m = PENCE.exec(amount);
  return m ? Number(m[1]) * 100 + Number(m[2]) : null;
}

/**
 * The schedule a backend sent for a mode, only when it can be shown truthfully: amounts that add up exactly to the
 * total, the first being what is charged now. Otherwise null, and the mode is shown as the backend words it.
 */
export function trustedSchedule(
  instalments: PlannedInstalment[] | undefined,
  total: string,
  chargedNow: string,
): PlannedInstalment[] | null {
  if (!instalments || instalments.length < 2) return null;
  const amounts = instalments.map((i) => pence(i.amount));
  if (amounts.some((a) => a === null)) return null;
  const sum = amounts.reduce<number>((s, a) => s + a!, 0);
  if (sum !== pence(total) || instalments[0].amount !== chargedNow) return null;
  return instalments;
}

/** "£8.29 today, then 11 monthly payments of £8.26" (or each amount, when the later ones differ). */
export function scheduleSummary(instalments: PlannedInstalment[], money: (amount: string) => string): string {
  const [first, ...rest] = instalments;
  const same = rest.every((i) => i.amount === rest[0].amount);
  const later = same
    ? `${rest.length} monthly ${rest.length === 1 ? "payment" : "payments"} of ${money(rest[0].amount)}`
    : `${rest.length} monthly payments (${rest.map((i) => money(i.amount)).join(", ")})`;
  return `${money(first.amount)} today, then ${later}`;
}
