import { ApiError } from "./errors";

// Connection failures and the server's own "shutting down / starting up / too many clients" refusals.
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const MESSAGES = new RegExp(
  [
    "Connection terminated",
    "timeout exceeded when trying to connect",
    "Client has encountered a connection error",
    "Connection ended",
  ].join("|"),
  "i",
);

/** Whether an error (or what it wraps, as Drizzle does) means the database can't be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === "string" && CODES.has(e.code)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  }
  return false;
}

export const databaseUnavailable = () =>
  new ApiError(
    503,
    "service_unavailable",
    "Our database is not answering right now. Nothing you sent was saved; please try again in a moment.",
  );
