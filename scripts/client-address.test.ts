import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { resolveClientAddress, trustedProxies, withClientAddress } from "./client-address.mjs";

type Seen = http.IncomingHttpHeaders;
let server: http.Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server like scripts/web-server.mjs, with a handler that records what Next would have seen. */
async function serve(trusted: string): Promise<{ get(headers: Record<string, string>): Promise<Seen> }> {
  let seen: Seen = {};
  server = http.createServer(
    withClientAddress((req, res) => {
      seen = { ...req.headers };
      res.end("ok");
    }, trustedProxies(trusted)),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    get: (headers) =>
      new Promise((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, path: "/", headers, localAddress: "127.0.0.1" }, (res) => {
            res.resume().on("end", () => resolve(seen));
          })
          .on("error", reject);
      }),
  };
}

describe("the web server tells the app who the client is", () => {
  it("ignores a forged X-Forwarded-For from a peer it does not trust: the socket's address wins", async () => {
    const web = await serve("");
    const seen = await web.get({
      "x-forwarded-for": "203.0.113.9, 198.51.100.1",
      "x-real-ip": "203.0.113.9",
      forwarded: "for=1.2.3.4",
    });
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
  });

  it("drops a forged X-Forwarded-Host and -Proto from an untrusted peer", async () => {
    const seen = await (await serve("")).get({ "x-forwarded-host": "evil.test", "x-forwarded-proto": "https" });
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBe("http");
  });

  it("believes a trusted load balancer: the nearest address that is not one of the trusted proxies", async () => {
    const seen = await (
      await serve("127.0.0.0/8, 10.0.0.0/8")
    ).get({
      "x-forwarded-for": "198.51.100.7, 203.0.113.9, 10.1.2.3",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "shop.test",
    });
    expect(seen["x-forwarded-for"]).toBe("203.0.113.9");
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(seen["x-forwarded-host"]).toBe("shop.test");
  });

  it("keeps the proxy's own address when the chain holds no address", () => {
    const trusted = trustedProxies("10.0.0.1");
    expect(resolveClientAddress("10.0.0.1", "not-an-ip", trusted)).toBe("10.0.0.1");
    expect(resolveClientAddress("::ffff:10.0.0.1", "2001:db8::1", trusted)).toBe("2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "2001:db8::1", trusted)).toBe("10.0.0.2");
  });

  it("refuses a setting that is not an address", () => {
    expect(() => trustedProxies("10.0.0.1, lb.internal")).toThrow(/TRUSTED_PROXIES/);
  });
});
