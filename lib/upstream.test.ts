import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { settle, streamed, upstream } from "./upstream";

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

/** Whether what `call` makes in an async context of its own (as Next runs a route handler), with a caller's signal,
 * is let go once it returns, long before the call's 60-second deadline. */
async function letGo(call: (signal: AbortSignal) => Promise<void>): Promise<string[]> {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const collected = new Set<string>();
  const registry = new FinalizationRegistry((what: string) => collected.add(what));
  const context = new AsyncLocalStorage<object>();
  await (async () => {
    const request = { incoming: "the whole request and response" };
    const caller = new AbortController();
    registry.register(request, "context");
    registry.register(caller.signal, "caller");
    await context.run(request, () => call(caller.signal));
  })();
  for (let i = 0; i < 20 && collected.size < 2; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return [...collected].sort();
}

// A timer keeps the async context it was made in: the deadline's held the request until it fired.
it("lets go of the request's context once the answer is read, not only at the deadline", async () => {
  const collected = await letGo(async (signal) => {
    const res = await upstream("/api/v3/product/", { signal, timeoutMs: 60_000 });
    expect(await res.json()).toEqual({ ok: true });
    settle(res);
  });
  expect(collected).toEqual(["caller", "context"]);
});

it("lets go of it once a streamed answer has been passed on to its end", async () => {
  const collected = await letGo(async (signal) => {
    const res = await upstream("/api/v3/product/", { signal, timeoutMs: 60_000 });
    expect(await new Response(streamed(res)).json()).toEqual({ ok: true });
  });
  expect(collected).toEqual(["caller", "context"]);
});
