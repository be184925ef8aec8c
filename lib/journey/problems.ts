import type { ApiResult } from "@/lib/client-api";

/** The journey's own wording when a call fails before the server could judge the answers: they're kept here. */
export const JOURNEY_OFFLINE =
  "We couldn't reach Harbour Insurance. Check your connection; your answers are saved on this device, so you can try again.";
export const JOURNEY_UNREADABLE =
  "We got an answer we could not read. Your answers are saved on this device: please try again.";
export const JOURNEY_SERVICE_DOWN =
  "Our policy service isn't answering just now. Your answers are saved on this device: carry on, and press Continue " +
  "again in a moment.";
/** The service (or whatever stands in front of it) is down or slow: a gateway's own words would not reassure. */
const SERVICE_DOWN = [502, 503, 504];

/** The sentence to show for a failed journey call: the API's own `detail`, or the journey's wording above. */
export function journeyProblem(res: Extract<ApiResult<unknown>, { ok: false }>): string {
  if (res.status === 0) return JOURNEY_OFFLINE;
  if (res.status >= 200 && res.status < 300) return JOURNEY_UNREADABLE;
  if (SERVICE_DOWN.includes(res.status)) return JOURNEY_SERVICE_DOWN;
  return res.detail;
}
