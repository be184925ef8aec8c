import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";

const [agent, supervisor] = DEMO_USERS;
const MINUTE = 60 * 1000;
let backend: Backend;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  backend = await startBackend({ LOGIN_FAILURES_PER_ADDRESS: "12" });
  call = client(backend.url);
  await seedDemo(backend.ctx);
});
afterAll(() => backend.close());

/** A sign-in as the web app forwards it from `address`. */
const login = (username: string, password: string, address: string) =>
  call("POST", "/api/v3/login/", { body: { username, password }, headers: { "x-forwarded-for": address } });
const statusOf = async (username: string, password: string, address: string) =>
  (await login(username, password, address)).status;

describe("agent sign-in", () => {
  it("counts only failures: an office signing in all day is never limited", async () => {
    const statuses = [];
    for (let i = 0; i < 15; i++)
      statuses.push(await statusOf(supervisor.username, supervisor.password, "203.0.113.10"));
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it("concurrent wrong passwords can't exceed the limit", async () => {
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => statusOf(agent.username, "wrong", "203.0.113.20")),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    const locked = await login(agent.username, agent.password, "203.0.113.20");
    expect(locked.status).toBe(429);
    expect(locked.json.detail).toMatch(/Try again in 1 minute/);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("a stranger at another address can't lock the agent out", async () => {
    for (let i = 0; i < 8; i++) await statusOf(agent.username, "guess", "198.51.100.66");
    expect(await statusOf(agent.username, "guess", "198.51.100.66")).toBe(429);
    expect(await statusOf(agent.username, agent.password, "192.0.2.33")).toBe(200);
  });

  it("backs off: one more try after a minute, then two minutes, and a right password clears it", async () => {
    const address = "203.0.113.30";
    for (let i = 0; i < 5; i++) expect(await statusOf(agent.username, "wrong", address)).toBe(401);
    expect(await statusOf(agent.username, "wrong", address)).toBe(429);
    backend.clock.shift(MINUTE + 1000);
    expect(await statusOf(agent.username, "wrong", address)).toBe(401);
    backend.clock.shift(MINUTE + 1000);
    expect(await statusOf(agent.username, agent.password, address)).toBe(429);
    backend.clock.shift(MINUTE);
    expect(await statusOf(agent.username, agent.password, address)).toBe(200);
    for (let i = 0; i < 5; i++) expect(await statusOf(agent.username, "wrong", address)).toBe(401);
  });

  it("limits failures from one address across usernames (spraying)", async () => {
    backend.clock.shift(60 * MINUTE);
    const statuses = [];
    for (let i = 0; i < 13; i++) statuses.push(await statusOf(`user${i}`, "password1", "203.0.113.40"));
    expect(statuses.slice(0, 12).every((s) => s === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
    expect(await statusOf(agent.username, agent.password, "203.0.113.41")).toBe(200);
  });
});
