import type { ApiResult } from "@/lib/client-api";

/** The journey's own wording when a call fails before the server could judge the answers: they're kept here. */
export const JOURNEY_OFFLINE =
  "We couldn't reach Harbour Insurance. Check your connection; your answers are saved on this device, so you can try again.";
export const JOURNEY_UNREADABLE = "We got an answer we could not read. Your answers are saved on this device: please try again.";

/** The sentence to show for a failed journey call: the API's own `detail`, or the journey's wording above. */
export function journeyProblem(res: Extract<ApiResult<unknown>, { ok: false }>): string {
  if (res.status === 0) return JOURNEY_OFFLINE;
  if (res.status >= 200 && res.status < 300) return JOURNEY_UNREADABLE;
  return res.detail;
}
