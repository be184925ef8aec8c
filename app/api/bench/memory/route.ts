import { withApiHeaders } from "@/lib/api-headers";
import { comparisonHandlersOn, notHere } from "@/lib/bench/comparison";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// About the size of the products list the other two paths carry.
const BODY = JSON.stringify({
  products: Array.from({ length: 4 }, (_, i) => ({ slug: `p${i}`, name: "x".repeat(200) })),
});

/** Bench only (lib/bench/comparison.ts): 404 unless BENCH_WEB_HANDLERS=1, never set in production. No API call. */
export const GET = withApiHeaders((): Response => {
  if (!comparisonHandlersOn()) return notHere();
  return new Response(BODY, { headers: { "content-type": "application/json" } });
});
