import { notFound } from "next/navigation";
import { comparisonHandlersOn } from "@/lib/bench/comparison";

export const dynamic = "force-dynamic";

/**
 * Bench only (404 unless BENCH_WEB_HANDLERS=1): this build's layout around nothing, answering 200, as Lighthouse's
 * floor (it gives the 404 page no score) for the "empty page's total blocking time + 50 ms" budget.
 */
export default function EmptyPage() {
  if (!comparisonHandlersOn()) notFound();
  return null;
}
