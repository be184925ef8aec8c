/**
 * The journey's response schemas (and zod with them), loaded the first time they are needed; a form starts loading
 * them when it is first focused (`warmJourneySchemas`), so they are there by the time it is sent.
 */
export const journeySchemas = () => import("./response-schemas");

export function warmJourneySchemas(): void {
  void journeySchemas();
}
