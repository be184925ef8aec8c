import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run bench` only: the Playwright files that measure rather than test (e2e/*.bench.ts), on our backend alone.
export default defineConfig({
  ...base,
  testMatch: /\.bench\.ts$/,
  testIgnore: [],
  timeout: 900_000,
  // Our backend and the web app, with the bench-only pages on (app/bench/empty: Lighthouse's floor).
  webServer: Array.isArray(base.webServer)
    ? base.webServer
        .slice(0, 2)
        .map((server, i) => (i === 1 ? { ...server, env: { ...server.env, BENCH_WEB_HANDLERS: "1" } } : server))
    : base.webServer,
  projects: [{ name: "chromium" }],
});
