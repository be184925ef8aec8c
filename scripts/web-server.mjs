// The production web app: Next's request handler behind a server that tells it who the client is
// (the socket's address, or a trusted load balancer's word for it), so the Policy API can count people.
import http from "node:http";
import path from "node:path";
import next from "next";
import { trustedProxies, withClientAddress } from "./client-address.mjs";
import { addCompileHints } from "./compile-hints.mjs";
import { withHealth } from "./web-health.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const flag = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
// It serves a production build: production unless told otherwise (npm start and the e2e tests say so).
process.env.NODE_ENV ??= "production";
const host = flag("-H") ?? process.env.HOST ?? "127.0.0.1";
const port = Number(flag("-p") ?? process.env.PORT ?? 3000);

let trusted;
try {
  trusted = trustedProxies(process.env.TRUSTED_PROXIES);
} catch (err) {
  console.error(`Web app configuration is invalid: ${err.message}`);
  process.exit(1);
}
// Read by lib/client-address.ts in this same process: only then is X-Forwarded-For this server's word.
process.env.WEB_CLIENT_ADDRESS_CHECKED = "1";

// At start, so every build (`next build`, as the README's production command makes it) gets them.
addCompileHints(path.join(root, ".next"));
const app = next({ dev: false, dir: root, hostname: host, port });
try {
  await app.prepare();
} catch (err) {
  // instrumentation.ts checks the configuration at start-up and says what is missing.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const health = { draining: false };
const server = http.createServer(withHealth(withClientAddress(app.getRequestHandler(), trusted), health));
server.listen(port, host, () => console.log(`Web app listening on http://${host}:${port}`));
// As the API does: on SIGTERM the health check fails for SHUTDOWN_DRAIN_MS (0 unless set), then the port closes and
// the requests in flight finish.
const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 0) || 0;
const stop = () => {
  if (health.draining) return;
  health.draining = true;
  setTimeout(() => server.close(() => process.exit(0)), drainMs);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
