// `npm start`: the web app with the embedded reference Policy API and demo data, on a fresh machine.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { ensureDependencies, ensureWebBuild, bin, startProcess, waitForUrl, root } from "./lib.mjs";
import path from "node:path";
import { startPartnerSite } from "./partner-site.mjs";
import { apiNodeOptions } from "./api-node-flags.mjs";

ensureDependencies();
const host = process.env.HOST ?? "127.0.0.1";
const port = process.env.PORT ?? "3000";
const backendPort = process.env.BACKEND_PORT ?? "4010";
// The demo partner: a bike shop on another origin whose checkout embeds the bicycle journey.
const partnerHost = "127.0.0.2";
const partnerPort = process.env.PARTNER_PORT ?? "3002";
const partnerOrigin = `http://${partnerHost}:${partnerPort}`;
const demoPartners = [{ id: "ride-on-bikes", name: "Ride On Bikes", origins: [partnerOrigin], products: ["bicycle"] }];
const children = [];
let apiUrl = process.env.POLICY_API_URL;

if (!apiUrl) {
  apiUrl = `http://127.0.0.1:${backendPort}`;
  children.push(
    startProcess(
      bin("tsx"),
      ["backend/main.ts"],
      {
        BACKEND_PORT: backendPort,
        HOST: "127.0.0.1",
        NODE_ENV: process.env.NODE_ENV ?? "development",
        SEED_DEMO: "1",
        PUBLIC_WEB_URL: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`,
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
        NODE_OPTIONS: apiNodeOptions(),
      },
      "Policy API",
    ),
  );
  await waitForUrl(`${apiUrl}/api/v3/health/`);
}

await ensureWebBuild();
const webEnv = {
  POLICY_API_URL: apiUrl,
  SESSION_SECRET: process.env.SESSION_SECRET ?? persistedSecret(),
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo, like its embedded API: NODE_ENV=production needs a SESSION_SECRET of its own and shows no outbox.
  NODE_ENV: process.env.NODE_ENV ?? "development",
  DATA_DIR: path.join(root, ".data"),
  // The embedded API runs in development mode, so its outbox is worth showing.
  DEV_OUTBOX: process.env.DEV_OUTBOX ?? (process.env.POLICY_API_URL ? "0" : "1"),
  EMBED_PARTNERS: process.env.EMBED_PARTNERS ?? JSON.stringify(demoPartners),
};
// Not `next start`: scripts/web-server.mjs tells the API each client's own address (see TRUSTED_PROXIES).
children.push(startProcess(process.execPath, ["scripts/web-server.mjs", "-H", host, "-p", port], webEnv, "Web app"));
await waitForUrl(`http://${host}:${port}/`, 120_000);

const web = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
const partnerSite = process.env.EMBED_PARTNERS
  ? null
  : await startPartnerSite({ host: partnerHost, port: partnerPort, appUrl: web, partner: "ride-on-bikes" }).catch(
      () => null,
    );
const demo = JSON.parse(readFileSync(path.join(root, "backend", "demo", "accounts.json"), "utf8"));
console.log(`
  Harbour Insurance is running: ${web}
  Demo sign-ins${process.env.POLICY_API_URL ? " (if that API has the demo data)" : ""}:
    customer    ${web}/account/sign-in  email ${demo.customer.email} (the code is on ${web}/dev/outbox)
${demo.users.map((u) => `    ${u.role.padEnd(11)} ${web}/agent  ${u.username} / ${u.password}`).join("\n")}
  Policy API: ${apiUrl}${process.env.POLICY_API_URL ? "" : " (embedded, data in .data/)"}
  Demo payment cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined (any future expiry, any CVC).
  Emails (verification codes, links): ${web}/dev/outbox
  ${partnerSite ? `A partner's page embedding the bicycle journey (another origin): ${partnerOrigin}/` : "Partner embeds: EMBED_PARTNERS"}
  Press Ctrl+C to stop.
`);

const stop = () => {
  for (const c of children) c.kill("SIGTERM");
  partnerSite?.close();
  setTimeout(() => process.exit(0), 500);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

/** Kept in .data so sessions survive a restart; set SESSION_SECRET (the same on every instance) in production. */
function persistedSecret() {
  const file = path.join(root, ".data", "session-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
