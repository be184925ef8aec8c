import { BENCH_API_PATH, comparisonHandlersOn, notHere } from "@/lib/bench/comparison";
import { withApiHeaders } from "@/lib/api-headers";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Bench only (lib/bench/comparison.ts): 404 unless BENCH_WEB_HANDLERS=1, never set in production. The naive
 * relay the proxy is measured against: the same API call, no session, no CSRF, no header rules.
 */
export const GET = withApiHeaders(async (): Promise<Response> => {
  if (!comparisonHandlersOn()) return notHere();
  const res = await fetch(getEnv().POLICY_API_URL + BENCH_API_PATH, { cache: "no-store" });
  return new Response(res.body, {
    status: res.status,
    headers: { "content-type": res.headers.get("content-type") ?? "application/json" },
  });
});
