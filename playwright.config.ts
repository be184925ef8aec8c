import { defineConfig } from "@playwright/test";

// Overridable so that several checkouts on one machine can run their suites side by side.
const BACKEND_PORT = Number(process.env.E2E_API_PORT ?? 4110);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3110);
const DATA_DIR = ".test-data/e2e";
// A fixed test secret (64 characters): sessions only have to survive one run.
const SESSION_SECRET = "e2e-session-secret-0123456789abcdef0123456789abcdef0123456789abc";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".test-results/playwright.json" }]],
  outputDir: ".test-results/e2e-artifacts",
  // Web servers start before any globalSetup, so the data directory is emptied in the backend's own command.
  webServer: [
    {
      command: `node e2e/reset-data.mjs ${DATA_DIR} && npx tsx backend/main.ts`,
      url: `http://127.0.0.1:${BACKEND_PORT}/api/v3/products/`,
      // SEED_DEMO: the demo users and policy (the agent console specs sign in as them).
      env: { BACKEND_PORT: String(BACKEND_PORT), HOST: "127.0.0.1", NODE_ENV: "test", LOG_LEVEL: "warn", DATA_DIR, SEED_DEMO: "1" },
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
      },
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
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium" }],
});
