import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "@/backend/test/harness";
import { trustedProxies, withClientAddress } from "@/scripts/client-address.mjs";
import { proxy } from "./proxy";
import type { Session } from "./session";

// The whole chain: a socket, scripts/web-server.mjs's rewriting, the proxy, the reference API's per-address limit.
const APP = "http://app.test";
let backend: Backend;
let web: http.Server | undefined;

const session = () => {
  const s = { quotes: {} } as unknown as Session;
  Object.defineProperties(s, { save: { value: async () => undefined }, destroy: { value: () => undefined } });
  return s;
};

/** The web app as scripts/web-server.mjs runs it, with the proxy as its one route. */
async function webApp(trusted: string): Promise<(forwardedFor: string, email: string) => Promise<number>> {
  web = http.createServer(
    withClientAddress(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(APP + req.url, { method: req.method, headers, body: Buffer.concat(chunks) });
      const answer = await proxy(request, session());
      res.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer()));
    }, trustedProxies(trusted)),
  );
  await new Promise<void>((resolve) => web!.listen(0, "127.0.0.1", resolve));
  const { port } = web.address() as AddressInfo;
  return async (forwardedFor, email) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v3/customer/otp/request/`, {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email }),
    });
    await res.arrayBuffer();
    return res.status;
  };
}

beforeAll(async () => {
  // Two code requests a minute per address.
  backend = await startBackend({ AUTH_RATE_LIMIT: "4" });
  const env = { POLICY_API_URL: backend.url, SESSION_SECRET: "s".repeat(40), WEB_CLIENT_ADDRESS_CHECKED: "1" };
  Object.assign(process.env, env);
}, 120_000);
afterEach(() => new Promise<void>((resolve) => (web ? web.close(() => resolve()) : resolve())));
afterAll(async () => {
  delete process.env.WEB_CLIENT_ADDRESS_CHECKED;
  await backend?.close();
});

describe("limits count people, not the web app", () => {
  it("behind a trusted load balancer, each client has a limit of its own", async () => {
    const ask = await webApp("127.0.0.1");
    const a = [];
    for (const email of ["a1@x.test", "a2@x.test", "a3@x.test"]) a.push(await ask("203.0.113.1", email));
    expect(a).toEqual([202, 202, 429]);
    expect(await ask("203.0.113.2", "b1@x.test")).toBe(202);
  });

  it("a browser can't escape its limit by making up X-Forwarded-For", async () => {
    const ask = await webApp("");
    const statuses = [];
    for (const [i, ip] of ["198.51.100.1", "198.51.100.2", "198.51.100.3"].entries()) {
      statuses.push(await ask(ip, `c${i}@x.test`));
    }
    expect(statuses).toEqual([202, 202, 429]);
  });
});
