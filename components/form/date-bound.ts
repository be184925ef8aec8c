import { resolveRelativeDate } from "@/contract/rules";

/** A date rule ("-18y", "today", an ISO date) as the input's min or max; none before today is known. */
export function dateBound(rule: unknown, today: string): string | undefined {
  return typeof rule === "string" && today ? (resolveRelativeDate(rule, today) ?? undefined) : undefined;
}
