import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "./config";
import { startBackend, type Backend } from "./test/harness";
import { client } from "./test/client";
import { seedDemo } from "./demo/seed";
import { isTrustedReturn } from "./domain/payments";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "qp-prod-"));
const complete = {
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  LINK_SECRET: "s".repeat(40),
  PUBLIC_WEB_URL: "https://insure.example.com",
  PAYMENT_RETURN_ORIGINS: "https://insure.example.com",
  PAYMENT_GATEWAY_URL: "https://pay.gateway.example/hosted",
  DATABASE_URL: "postgres://app@db.internal:5432/policies",
  SMTP_URL: "smtp://mail.internal:587",
};

describe("with NODE_ENV=production the API refuses to start without real settings", () => {
  it("names everything missing at once", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir })).toThrow(
      /LINK_SECRET[\s\S]*PUBLIC_WEB_URL[\s\S]*PAYMENT_RETURN_ORIGINS[\s\S]*PAYMENT_GATEWAY_URL[\s\S]*DATABASE_URL[\s\S]*SMTP_URL/,
    );
  });

  it.each([
    [
      "a loopback return origin",
      { PAYMENT_RETURN_ORIGINS: "http://127.0.0.1:3000" },
      /PAYMENT_RETURN_ORIGINS has "http:\/\/127.0.0.1:3000"/,
    ],
    ["the default web address", { PUBLIC_WEB_URL: undefined }, /PUBLIC_WEB_URL/],
    ["demo users", { SEED_DEMO: "1" }, /SEED_DEMO/],
  ])("refuses %s", (_label, change, message) => {
    expect(() => loadConfig({ ...complete, ...change })).toThrow(message);
  });

  it("accepts a complete production configuration", () => {
    expect(loadConfig(complete).returnOrigins).toEqual(["https://insure.example.com"]);
  });

  it("says plainly at start-up what is missing, and exits", () => {
    const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["backend/main.ts"], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATA_DIR: dataDir },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/will not start in production until:\n  - LINK_SECRET is missing/);
    expect(run.stderr).not.toMatch(/at loadConfig/);
  });
});

describe("a production API", () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startBackend(complete);
  });
  afterAll(() => backend?.close());

  it("never mounts the sandbox gateway or the dev outbox, nor creates demo users", async () => {
    const call = client(backend.url);
    expect((await call("GET", "/api/v3/dev/outbox/")).status).toBe(404);
    expect((await call("GET", "/api/v3/payment/sandbox/anything/")).status).toBe(404);
    expect(
      (await call("POST", "/api/v3/payment/sandbox/anything/", { body: { card_number: "4242424242424242" } })).status,
    ).toBe(404);
    await expect(seedDemo(backend.ctx)).rejects.toThrow(/never created in production/);
  });

  it("trusts no loopback return address", () => {
    for (const url of [
      "http://127.0.0.1:3000/quote/done",
      "http://localhost/x",
      "http://[::1]/x",
      "https://evil.example/x",
    ]) {
      expect(isTrustedReturn(backend.ctx, url)).toBe(false);
    }
    expect(isTrustedReturn(backend.ctx, "https://insure.example.com/quote/done")).toBe(true);
  });
});
