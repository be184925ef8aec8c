/** Loopback and "any address" hosts: fine on a developer's machine, never a production address. */
const LOOPBACK = ["localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0"];
export const isLoopbackHost = (host: string) => LOOPBACK.includes(host) || host.endsWith(".localhost");

type ProductionInputs = {
  env: Record<string, string | undefined>;
  returnOrigins: string[];
  seedDemo: boolean;
};

const publicHttps = (value: string | undefined) => {
  try {
    const url = new URL(value ?? "");
    return url.protocol === "https:" && !isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
};

/** Everything production needs that development makes up; each problem as a sentence an operator can act on. */
export function productionProblems({ env, returnOrigins, seedDemo }: ProductionInputs): string[] {
  const problems: string[] = [];
  if (!env.LINK_SECRET || env.LINK_SECRET.length < 32) {
    problems.push(
      "LINK_SECRET is missing: set 32+ random characters, the same on every API instance (it signs continue links).",
    );
  }
  if (!publicHttps(env.PUBLIC_WEB_URL)) {
    problems.push("PUBLIC_WEB_URL must be set to the web app's public https address (links in emails point there).");
  }
  if (returnOrigins.length === 0) {
    problems.push("PAYMENT_RETURN_ORIGINS is missing: the https origins the gateway may send customers back to.");
  }
  for (const origin of returnOrigins) {
    if (publicHttps(origin)) continue;
    problems.push(`PAYMENT_RETURN_ORIGINS has "${origin}": only public https origins are trusted in production.`);
  }
  if (!publicHttps(env.PAYMENT_GATEWAY_URL)) {
    problems.push(
      "PAYMENT_GATEWAY_URL is missing: the real gateway's hosted payment page (the sandbox never runs in production).",
    );
  }
  if (!env.DATABASE_URL) {
    problems.push("DATABASE_URL is missing: production keeps its data in PostgreSQL, not the embedded database.");
  }
  if (!env.SMTP_URL) {
    problems.push("SMTP_URL is missing: without it no email (sign-in codes, policy documents) is delivered.");
  }
  if (seedDemo) {
    problems.push("SEED_DEMO=1 is set: demo users and their known passwords are never created in production.");
  }
  return problems;
}

export class ConfigError extends Error {}
