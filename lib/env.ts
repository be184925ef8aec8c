import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  POLICY_API_URL: z
    .url({ protocol: /^https?$/, error: "POLICY_API_URL must be an absolute http(s) URL" })
    .default("http://127.0.0.1:4010")
    .transform((url) => url.replace(/\/+$/, "")),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  DOCUMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  /** Shows /dev/outbox (every code and link the API emails): only for development and tests. */
  DEV_OUTBOX: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
});

export type Env = Omit<z.infer<typeof schema>, "SESSION_SECRET"> & { SESSION_SECRET: string };

/** Reads (or creates once) a development secret so restarts keep sessions. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // absent: create it below
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function parseEnv(source: Record<string, string | undefined>, dataDir = path.join(process.cwd(), ".data")): Env {
  // Empty strings (e.g. `FOO=` in a .env file) mean "unset".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Web app configuration is invalid: ${first.path.join(".")}: ${first.message}`);
  }
  const { SESSION_SECRET, ...rest } = parsed.data;
  if (SESSION_SECRET) return { ...rest, SESSION_SECRET };
  if (rest.NODE_ENV === "production") {
    throw new Error("Web app configuration is invalid: SESSION_SECRET is required in production (at least 32 characters)");
  }
  return { ...rest, SESSION_SECRET: localSecret(dataDir) };
}

let cached: Env | undefined;

/** The web app's environment, parsed once on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
