import { z } from "zod";
import { ConfigError, productionProblems } from "./production-checks";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  BACKEND_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  DATABASE_URL: z.string().url().optional(),
  /**
   * Connections this instance keeps to PostgreSQL; every instance's count against the server's max_connections.
   * Twenty, not node-postgres's ten: at 50 clients a submit's two statements queued behind ten busy connections.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  DATA_DIR: z.string().default(path.resolve(process.cwd(), ".data")),
  /** Where uploads live: "postgres" (default with DATABASE_URL, shared by instances) or "directory" under DATA_DIR. */
  FILE_STORE: z.enum(["directory", "postgres"]).optional(),
  /** Origins the payment gateway may send customers back to; comma-separated. Loopback is trusted outside production. */
  PAYMENT_RETURN_ORIGINS: z.string().default(""),
  /** Signs continue links; must be shared by every backend instance behind a load balancer. */
  LINK_SECRET: z.string().min(32).optional(),
  /** Requests per minute from one address to each customer sign-in endpoint (docs/security.md says why). */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  /** Failed staff sign-ins from one address in 15 minutes, across every username (password spraying). */
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(100),
  /** Addresses whose X-Forwarded-For is believed (the web app's); per-address limits key on the client behind them. */
  TRUST_PROXY: z.string().default("127.0.0.1,::1"),
  /** Quote submissions per minute from one address (anonymous callers can start quotes); uploads get a quarter. */
  QUOTE_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  /** Demo sign-ins and a demo policy (never in production). */
  SEED_DEMO: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
  /** Where customers open the web app: continue links in emails point here. */
  PUBLIC_WEB_URL: z.string().url().default("http://127.0.0.1:3000"),
  /** The real payment gateway's hosted page (production); outside production the sandbox gateway is used. */
  PAYMENT_GATEWAY_URL: z.string().url().optional(),
  /** redis://…: per-address request limits count there instead of in PostgreSQL (shared by every instance). */
  REDIS_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port — without it, emails stay in the outbox (development). */
  SMTP_URL: z.string().url().optional(),
  /** On SIGTERM, how long the readiness check fails before the port closes (the load balancer's check interval × 2). */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(0),
  /** Days a quote not taken up (open or declined, never paid for) is kept after its last change; then it is deleted. */
  RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  // "off": this instance serves requests only; the background jobs run on the instances that have them on.
  JOBS: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof schema> & { returnOrigins: string[]; linkSecret: string };

/** Without LINK_SECRET (never in production), a secret is made once and kept in DATA_DIR (fine for one machine). */
function linkSecret(given: string | undefined, dataDir: string): string {
  if (given) return given;
  const file = path.join(dataDir, "link-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return readFileSync(file, "utf8").trim();
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`Backend configuration is invalid: ${first.path.join(".")}: ${first.message}`);
  }
  const returnOrigins = parsed.data.PAYMENT_RETURN_ORIGINS.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (parsed.data.NODE_ENV === "production") {
    const problems = productionProblems({ env, returnOrigins, seedDemo: parsed.data.SEED_DEMO });
    if (problems.length) {
      const list = problems.map((p) => `  - ${p}`).join("\n");
      throw new ConfigError(`The Policy API will not start in production until:\n${list}`);
    }
  }
  const secret = linkSecret(parsed.data.LINK_SECRET, parsed.data.DATA_DIR);
  return { ...parsed.data, returnOrigins, linkSecret: secret };
}
