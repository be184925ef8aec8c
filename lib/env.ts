import "server-only";
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
  /** Shows /dev/outbox (every code and link the API emails): only for development and tests, never in production. */
  DEV_OUTBOX: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
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

export function parseEnv(source: Record<string, string | undefined>, dataDir = defaultDataDir(source)): Env {
  // Empty strings (e.g. `FOO=` in a .env file) mean "unset".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Web app configuration is invalid: ${issues.join("; ")}`);
  }
  const { SESSION_SECRET, ...rest } = parsed.data;
  if (rest.NODE_ENV === "production") {
    const problems = productionProblems(cleaned, dataDir);
    if (problems.length > 0) {
      const list = problems.map((p) => `  - ${p}`).join("\n");
      throw new Error(`The web app can't start in production (NODE_ENV=production):\n${list}`);
    }
    return { ...rest, SESSION_SECRET: SESSION_SECRET!, DEV_OUTBOX: false };
  }
  return { ...rest, SESSION_SECRET: SESSION_SECRET ?? localSecret(dataDir) };
}

const defaultDataDir = (source: Record<string, string | undefined>) =>
  source.DATA_DIR || path.join(process.cwd(), ".data");

/** Everything production needs that is missing, each said plainly. */
function productionProblems(source: Record<string, string | undefined>, dataDir: string): string[] {
  const secret = source.SESSION_SECRET;
  if (!secret) {
    return ["SESSION_SECRET is not set: give it 32 or more random characters, the same on every web instance"];
  }
  if (secret === readLocalSecret(dataDir)) {
    const file = path.join(dataDir, "session-secret");
    return [`SESSION_SECRET is the development secret kept in ${file}: give production its own`];
  }
  return [];
}

function readLocalSecret(dataDir: string): string | undefined {
  try {
    return readFileSync(path.join(dataDir, "session-secret"), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

let cached: Env | undefined;

/** The web app's environment, parsed once on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
