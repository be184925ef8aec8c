/** Runs once when the server starts: a misconfigured web app stops there, saying what is missing. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  const env = getEnv();
  if (env.NODE_ENV === "production" && process.env.DEV_OUTBOX === "1") {
    console.warn("DEV_OUTBOX=1 is ignored in production: /dev/outbox is never shown there.");
  }
}
