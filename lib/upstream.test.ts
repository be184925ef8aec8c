import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { upstream } from "./upstream";

// The API's side closes a connection the web app is about to reuse: the request fails before any answer.
let dropNext = 0;
let delayMs = 0;
const seen: string[] = [];
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push(`${req.method} ${req.url}`);
      if (dropNext > 0) return void (dropNext--, req.socket.destroy());
      setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  Object.assign(process.env, {
    POLICY_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    SESSION_SECRET: "s".repeat(40),
    UPSTREAM_TIMEOUT_MS: "10000",
  });
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
  dropNext = 0;
  delayMs = 0;
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as ApiError,
  );

it("a read whose connection was closed under it is sent once more, on a new connection", async () => {
  dropNext = 1;
  const res = await upstream("/api/v3/product/");
  expect(await res.json()).toEqual({ ok: true });
  expect(seen).toEqual(["GET /api/v3/product/", "GET /api/v3/product/"]);
});

it("a read that fails twice is a 502 that says the answers are safe", async () => {
  dropNext = 2;
  const err = await failure(upstream("/api/v3/product/"));
  expect(err).toMatchObject({ status: 502, code: "bad_gateway" });
  expect(seen).toHaveLength(2);
});

it("a write is sent again only when it carries an Idempotency-Key", async () => {
  dropNext = 1;
  const plain = await failure(upstream("/api/v3/x/", { method: "POST", body: "{}" }));
  expect(plain).toMatchObject({ status: 502 });
  expect(seen).toEqual(["POST /api/v3/x/"]);

  seen.length = 0;
  dropNext = 1;
  const keyed = await upstream("/api/v3/x/", { method: "POST", body: "{}", headers: { "idempotency-key": "k-1" } });
  expect(keyed.status).toBe(200);
  expect(seen).toEqual(["POST /api/v3/x/", "POST /api/v3/x/"]);
});

it("a slow answer is a 504, not sent twice", async () => {
  delayMs = 1_000;
  const err = await failure(upstream("/api/v3/product/", { timeoutMs: 200 }));
  expect(err).toMatchObject({ status: 504, code: "gateway_timeout" });
  expect(seen).toHaveLength(1);
});
