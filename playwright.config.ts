import { defineConfig } from "@playwright/test";

// Overridable so that several checkouts on one machine can run their suites side by side.
const BACKEND_PORT = Number(process.env.E2E_API_PORT ?? 4110);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3110);
// The contract backend (e2e/contract-backend, another vendor's API written from the contract) and a web app on it.
const CONTRACT_API_PORT = Number(process.env.E2E_CONTRACT_API_PORT ?? BACKEND_PORT + 1);
const CONTRACT_WEB_PORT = Number(process.env.E2E_CONTRACT_WEB_PORT ?? WEB_PORT + 1);
// A partner's page on another origin (e2e/embed.spec.ts): the embed is allowed for it alone.
export const PARTNER_ORIGIN = `http://127.0.0.2:${WEB_PORT + 2}`;
export const PARTNER_ID = "ride-on-bikes";
const EMBED_PARTNERS = JSON.stringify([
  { id: PARTNER_ID, name: "Ride On Bikes", origins: [PARTNER_ORIGIN], products: ["bicycle"] },
]);
const DATA_DIR = ".test-data/e2e";
// A fixed test secret (64 characters): sessions only have to survive one run.
const SESSION_SECRET = "e2e-session-secret-0123456789abcdef0123456789abcdef0123456789abc";

export default defineConfig({
  testDir: "e2e",
  // The contract backend's own tests are vitest's.
  testIgnore: ["contract-backend/**"],
  // A whole purchase plus a console, with axe on every page, on 2 cores shared by two workers and four servers.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".test-results/playwright.json" }],
  ],
  outputDir: ".test-results/e2e-artifacts",
  // Web servers start before any globalSetup, so the data directory is emptied in the backend's own command.
  webServer: [
    {
      command: `node e2e/reset-data.mjs ${DATA_DIR} && npx tsx backend/main.ts`,
      url: `http://127.0.0.1:${BACKEND_PORT}/api/v3/products/`,
      // SEED_DEMO: the demo users and policy (the agent console specs sign in as them).
      env: {
        BACKEND_PORT: String(BACKEND_PORT),
        HOST: "127.0.0.1",
        NODE_ENV: "test",
        LOG_LEVEL: "warn",
        DATA_DIR,
        SEED_DEMO: "1",
        // Links the backend emails by itself (a referral's approval) point at this web app.
        PUBLIC_WEB_URL: `http://127.0.0.1:${WEB_PORT}`,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node scripts/web-server.mjs -H 127.0.0.1 -p ${WEB_PORT}`,
      url: `http://127.0.0.1:${WEB_PORT}/`,
      // NODE_ENV test: production would hide the outbox the specs read codes from.
      env: {
        POLICY_API_URL: `http://127.0.0.1:${BACKEND_PORT}`,
        SESSION_SECRET,
        NEXT_TELEMETRY_DISABLED: "1",
        DEV_OUTBOX: "1",
        NODE_ENV: "test",
        EMBED_PARTNERS,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node scripts/partner-site.mjs 127.0.0.2 ${WEB_PORT + 2} http://127.0.0.1:${WEB_PORT} ${PARTNER_ID}`,
      url: `${PARTNER_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npx tsx e2e/contract-backend/main.ts",
      url: `http://127.0.0.1:${CONTRACT_API_PORT}/api/v3/products/`,
      env: { CONTRACT_API_PORT: String(CONTRACT_API_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The same build, a second time: only the backend differs.
      command: `npx next start -H 127.0.0.1 -p ${CONTRACT_WEB_PORT}`,
      url: `http://127.0.0.1:${CONTRACT_WEB_PORT}/`,
      env: { POLICY_API_URL: `http://127.0.0.1:${CONTRACT_API_PORT}`, SESSION_SECRET, NEXT_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    browserName: "chromium",
    locale: "en-GB",
    timezoneId: "Europe/London",
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Recording a trace for every test (retain-on-failure) cost a fifth of the suite's time (two specs: 205 → 162 s);
    // CI's retry records one for a failure, and `--trace on` does locally.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Our backend: every spec (any-backend.spec.ts runs its shared part on our products).
    { name: "chromium" },
    // Another vendor's backend: only the spec written for any backend.
    {
      name: "contract",
      testMatch: /any-backend\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${CONTRACT_WEB_PORT}` },
    },
  ],
});
