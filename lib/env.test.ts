import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const dir = () => mkdtempSync(path.join(tmpdir(), "qp-env-"));
const REAL = "r".repeat(20) + "0123456789abcdef";

describe("production is production", () => {
  it("refuses to start without a session secret, and says so plainly", () => {
    expect(() => parseEnv({ NODE_ENV: "production" }, dir())).toThrow(/SESSION_SECRET is not set: give it 32 or more/);
  });

  it("refuses a short secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "short" }, dir())).toThrow(/SESSION_SECRET.*32/);
  });

  it("refuses the development secret kept in the data directory", () => {
    const data = dir();
    writeFileSync(path.join(data, "session-secret"), `${REAL}\n`);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: REAL }, data)).toThrow(/development secret/);
    const inDataDir = { NODE_ENV: "production", SESSION_SECRET: REAL, DATA_DIR: data };
    expect(() => parseEnv(inDataDir)).toThrow(/development secret/);
  });

  it("never shows the development outbox, whatever DEV_OUTBOX says", () => {
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: REAL, DEV_OUTBOX: "1" }, dir()).DEV_OUTBOX).toBe(false);
  });

  it("lets development and tests make their own secret and show the outbox", () => {
    const env = parseEnv({ NODE_ENV: "test", DEV_OUTBOX: "1" }, dir());
    expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.DEV_OUTBOX).toBe(true);
  });
});
