import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { load } from "./load";

// A server that answers each path after a random pause, noting how many requests for one path it held at once.
const held = new Map<string, number>();
const served = new Set<string>();
let most = 0;
const server = createServer((req, res) => {
  const path = req.url!;
  served.add(path);
  held.set(path, (held.get(path) ?? 0) + 1);
  most = Math.max(most, held.get(path)!);
  setTimeout(
    () => {
      held.set(path, held.get(path)! - 1);
      res.end("ok");
    },
    1 + Math.random() * 8,
  );
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it("never has one person's request in flight twice, as a person's requests come one after another", async () => {
  const requests = Array.from({ length: 10 }, (_, i) => ({ method: "GET" as const, path: `/quote/${i}` }));
  const result = await load(url, requests, { connections: 10, seconds: 1 });
  expect(result.failures).toBe(0);
  expect(result.requests).toBeGreaterThan(100);
  expect(most).toBe(1);
});

it("sends every request when there are more than connections, still one at a time", async () => {
  most = 0;
  const requests = Array.from({ length: 25 }, (_, i) => ({ method: "GET" as const, path: `/more/${i}` }));
  const result = await load(url, requests, { connections: 10, seconds: 1 });
  expect(result.failures).toBe(0);
  // The first test's last requests may still arrive; only this one's paths count.
  expect([...served].filter((path) => path.startsWith("/more/"))).toHaveLength(25);
  expect(most).toBe(1);
});
