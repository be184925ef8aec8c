/** Runs once when the server starts: a misconfigured web app stops there, saying what is missing. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  let env;
  try {
    env = getEnv();
  } catch (err) {
    // Next would log this and serve anyway; a web app without its configuration must not answer at all.
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  if (env.NODE_ENV === "production" && process.env.DEV_OUTBOX === "1") {
    console.warn("DEV_OUTBOX=1 is ignored in production: /dev/outbox is never shown there.");
  }
}
