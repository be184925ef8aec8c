import "server-only";

/**
 * `npm run bench` (section web-tier) compares one API call through the web app with two bare route handlers in
 * the same build: one that only relays it, one that answers from memory. They exist only for that comparison:
 * they answer 404 unless BENCH_WEB_HANDLERS=1, which only the bench sets (never set it in production).
 */
export const comparisonHandlersOn = () => process.env.BENCH_WEB_HANDLERS === "1";

/** The call the bench measures through every path: cheap on the API, the same bytes each time. */
export const BENCH_API_PATH = "/api/v3/products/";

export const notHere = () =>
  Response.json({ detail: "There is nothing at this address.", code: "not_found" }, { status: 404 });
