import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HEALTH_PATH, withHealth } from "./web-health.mjs";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server like scripts/web-server.mjs, whose "Next" answers 418 to whatever reaches it. */
async function serve(state: { draining: boolean }) {
  server = http.createServer(withHealth((_req, res) => res.writeHead(418).end("next"), state));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return async (path: string, method = "GET") => {
    const reply = await fetch(`http://127.0.0.1:${port}${path}`, { method });
    return { status: reply.status, body: await reply.text(), cache: reply.headers.get("cache-control") };
  };
}

describe("the web app's health check", () => {
  it("answers 200 while serving and 503 from the moment it drains, without reaching Next", async () => {
    const state = { draining: false };
    const get = await serve(state);
    expect(await get(HEALTH_PATH)).toEqual({ status: 200, body: "ok\n", cache: "no-store" });
    expect((await get(`${HEALTH_PATH}?from=haproxy`)).status).toBe(200);
    expect((await get(HEALTH_PATH, "HEAD")).status).toBe(200);
    state.draining = true;
    expect(await get(HEALTH_PATH)).toEqual({ status: 503, body: "draining\n", cache: "no-store" });
  });

  it("leaves every other request to Next", async () => {
    const get = await serve({ draining: false });
    expect((await get("/")).status).toBe(418);
    expect((await get(`${HEALTH_PATH}/x`)).status).toBe(418);
    expect((await get(HEALTH_PATH, "POST")).status).toBe(418);
  });
});
