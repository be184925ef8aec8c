import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run bench` only: the Playwright files that measure rather than test (e2e/*.bench.ts), on our backend alone.
export default defineConfig({
  ...base,
  testMatch: /\.bench\.ts$/,
  testIgnore: [],
  timeout: 900_000,
  webServer: Array.isArray(base.webServer) ? base.webServer.slice(0, 2) : base.webServer,
  projects: [{ name: "chromium" }],
});
