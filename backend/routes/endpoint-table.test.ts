import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointList, openApiPath } from "../../contract/endpoints";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { routesOf } from "../test/routes-of";

/** The table in contract/endpoints is the API: what Fastify serves, and what the OpenAPI document lists. */
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const key = (method: string, path: string) => `${method} ${path.replace(/\/$/, "")}`;

describe("the endpoint table", () => {
  it("names every route Fastify serves, and Fastify serves every entry", () => {
    const served = routesOf(backend.app).map((r) => key(r.method, r.path));
    const table = endpointList.map((e) => key(e.method, e.path));
    expect([...served].sort()).toEqual([...table].sort());
    expect(new Set(table).size).toBe(table.length);
  });

  it("is listed whole in the OpenAPI document the API serves", async () => {
    const reply = await client(backend.url)("GET", "/api/v3/openapi.json");
    expect(reply.status).toBe(200);
    const paths = reply.json.paths as Record<string, Record<string, { operationId: string }>>;
    for (const e of endpointList) {
      expect(paths[openApiPath(e.path)]?.[e.method.toLowerCase()]?.operationId, `${e.method} ${e.path}`).toBe(e.name);
    }
    const operations = Object.values(paths).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(endpointList.length);
  });

  it("lets no anonymous caller past an entry that names who may call it", async () => {
    const call = client(backend.url);
    for (const e of endpointList.filter((entry) => entry.access !== "anonymous")) {
      const path = e.path.replace(/:\w+/g, "X1");
      const sent = e.method === "POST" ? { body: {}, headers: { "if-match": "v1" } } : {};
      const reply = await call(e.method, path, sent);
      // 422: a body or query it can't read is refused before anyone is asked who they are.
      expect([401, 422], `${e.method} ${e.path}`).toContain(reply.status);
    }
  });

  it("marks what is beyond the contract", () => {
    const kinds = Object.fromEntries(endpointList.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ outbox: "dev", sandboxPage: "sandbox", sandboxPay: "sandbox", price: "extension" });
  });
});
