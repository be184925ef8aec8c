import type { ApiResult } from "@/lib/client-api";

/** The service (or whatever stands in front of it) is down or slow: a gateway's own words would not reassure. */
const SERVICE_DOWN = [502, 503, 504];

/**
 * The sentence to show for a failed journey call: the API's own `detail` (in the language it was asked in), or the
 * journey's wording from the `form` namespace when the call failed before the server could judge the answers.
 */
export function journeyProblem(res: Extract<ApiResult<unknown>, { ok: false }>, t: (key: string) => string): string {
  if (res.status === 0) return t("offline");
  if (res.status >= 200 && res.status < 300) return t("unreadable");
  if (SERVICE_DOWN.includes(res.status)) return t("serviceDown");
  return res.detail;
}
