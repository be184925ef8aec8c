import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { sealData, unsealData } from "iron-session";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "./env";
import { takeAhead } from "./journey/meta-ahead";
import { IN_PAGE_HEADER } from "./journey/paths";
import { takeOver } from "./journey/step-handoff";
import { proxy } from "./proxy";
import { authFor, MAX_QUOTES, rememberQuote, trimQuotes, type Session, type SessionData } from "./session";

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer };
type Handler = (req: Seen, res: http.ServerResponse) => void;

const APP = "http://app.test";
const SECRET = "s".repeat(40);
const seen: Seen[] = [];
const handlers = new Map<string, Handler>();
let backend: http.Server;
let base = "";

const json = (res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
};
const last = () => seen[seen.length - 1];

beforeAll(async () => {
  backend = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const record = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(record);
      const handler = handlers.get(`${req.method} ${req.url!.split("?")[0]}`);
      if (handler) handler(record, res);
      else json(res, 200, { ok: true, policy_number: "P1" }, { "cache-control": "public, max-age=600" });
    });
  });
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    POLICY_API_URL: base,
    SESSION_SECRET: SECRET,
    UPSTREAM_TIMEOUT_MS: "400",
    DOCUMENT_TIMEOUT_MS: "3000",
  });
});
afterAll(() => {
  backend.closeAllConnections();
  return new Promise<void>((resolve) => backend.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
  handlers.clear();
});

function fakeSession(data: Partial<SessionData> = {}) {
  const session = {
    quotes: {},
    ...data,
    saves: 0,
    destroyed: false,
    async save() {
      session.saves++;
    },
    destroy() {
      Object.assign(session, { quotes: {}, customer: undefined, user: undefined, destroyed: true });
    },
  };
  return session as Session & { saves: number; destroyed: boolean };
}

function call(p: string, init: RequestInit & { duplex?: "half" } = {}) {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== "GET" && !headers.has("origin")) headers.set("origin", APP);
  return new Request(APP + p, { ...init, headers });
}
const postJson = (p: string, body: unknown, headers: HeadersInit = {}) =>
  call(p, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("credentials from the session", () => {
  const session = () =>
    fakeSession({
      quotes: { P1: { token: "q1", updatedAt: 1 }, P2: { token: "q2", updatedAt: 2 } },
      user: { token: "u", name: "Ann", permissions: [] },
    });

  it("sends the user's bearer and the quote token from the path, never the browser's own credentials", async () => {
    const browser = {
      authorization: "Bearer stolen",
      cookie: "qp_session=x",
      "x-quote-token": "forged",
      "accept-language": "fr",
    };
    await proxy(call("/api/v3/policy/P1", { headers: browser }), session());
    expect(last().url).toBe("/api/v3/policy/P1/");
    expect(last().headers).toMatchObject({ authorization: "Bearer u", "x-quote-token": "q1", "accept-language": "fr" });
    expect(last().headers.cookie).toBeUndefined();
  });

  it("tells the API the client's address that the web server vouched for, and no browser's made-up one", async () => {
    const forged = { "x-forwarded-for": "203.0.113.9" };
    await proxy(call("/api/v3/products/", { headers: forged }), session());
    expect(last().headers["x-forwarded-for"]).toBeUndefined();
    process.env.WEB_CLIENT_ADDRESS_CHECKED = "1";
    try {
      await proxy(call("/api/v3/products/", { headers: forged }), session());
      expect(last().headers["x-forwarded-for"]).toBe("203.0.113.9");
    } finally {
      delete process.env.WEB_CLIENT_ADDRESS_CHECKED;
    }
  });

  it("finds the policy in the query and in a JSON body", async () => {
    await proxy(call("/api/v3/payment/token/?policy_number=P2&payment_mode=card", { method: "POST" }), session());
    expect(last().headers["x-quote-token"]).toBe("q2");
    expect(last().url).toBe("/api/v3/payment/token/?policy_number=P2&payment_mode=card");
    await proxy(
      postJson("/api/v3/policy/submit/travel/", { policy_number: "P1", form: { form_id: "f", fields: [] } }),
      fakeSession({ quotes: { P1: { token: "q1", updatedAt: 1 } } }),
    );
    expect(last().headers["x-quote-token"]).toBe("q1");
    expect(last().headers.authorization).toBeUndefined();
  });

  it("prefers the user over the customer and skips expired tokens", () => {
    const data: SessionData = {
      quotes: {},
      customer: { token: "c" },
      user: { token: "u", name: "A", permissions: [], expiresAt: "2000-01-01T00:00:00Z" },
    };
    expect(authFor(data)).toEqual({ bearer: "c" });
    expect(authFor({ ...data, user: { ...data.user!, expiresAt: undefined } }, "nope")).toEqual({ bearer: "u" });
  });
});

describe("secrets stay in the session", () => {
  it("strips quote and customer tokens and keeps them under the policy number and slug", async () => {
    handlers.set("POST /api/v3/policy/submit/travel/", (_, res) =>
      json(res, 200, { policy_number: "N1", quote_token: "QSECRET", customer_token: "CSECRET", form: null }),
    );
    const session = fakeSession();
    const res = await proxy(
      postJson("/api/v3/policy/submit/travel/", { policy_number: null, form: { form_id: "a", fields: [] } }),
      session,
    );
    const text = await res.text();
    expect(text).not.toMatch(/SECRET|_token/);
    expect(JSON.parse(text)).toEqual({ policy_number: "N1", form: null });
    expect(session.quotes.N1).toMatchObject({ token: "QSECRET", slug: "travel" });
    expect(session.customer).toMatchObject({ token: "CSECRET" });
    expect(session.saves).toBe(1);
  });

  it("passes an answer with nothing to keep as the backend wrote it, unread, and still reads any that has", async () => {
    const raw = (status: number, text: string) => (_: Seen, res: http.ServerResponse) =>
      res.writeHead(status, { "content-type": "application/json" }).end(text);
    const plain = '{ "products" : [ {"slug": "bike"} ] }';
    handlers.set("GET /api/v3/products/", raw(200, plain));
    expect(await (await proxy(call("/api/v3/products/"), fakeSession())).text()).toBe(plain);
    // The same words spelt with escapes are still secrets, and the backend's own address is still made relative.
    handlers.set("GET /api/v3/policy/P7/", raw(200, '{"policy_number":"P7","quote\\u005ftoken":"QSECRET"}'));
    const session = fakeSession();
    const escaped = await (await proxy(call("/api/v3/policy/P7/"), session)).text();
    expect(JSON.parse(escaped)).toEqual({ policy_number: "P7" });
    expect(session.quotes.P7).toMatchObject({ token: "QSECRET" });
    handlers.set("GET /api/v3/products/", raw(200, JSON.stringify({ link: `${base}/api/v3/products/x/` })));
    expect(await (await proxy(call("/api/v3/products/"), fakeSession())).json()).toEqual({
      link: "/api/v3/products/x/",
    });
  });

  it("keeps the continue link's quote token", async () => {
    handlers.set("GET /api/v3/policy/continue/abc.sig/", (_, res) =>
      json(res, 200, { policy_number: "C9", quote_token: "QC", product_slug: "home" }),
    );
    const session = fakeSession();
    expect(await (await proxy(call("/api/v3/policy/continue/abc.sig/"), session)).json()).toEqual({
      policy_number: "C9",
      product_slug: "home",
    });
    expect(session.quotes.C9).toMatchObject({ token: "QC", slug: "home" });
  });

  it("signs users and customers in without showing their token, one person at a time, and logout clears everything", async () => {
    handlers.set("POST /api/v3/login/", (_, res) =>
      json(res, 200, { token: "UTOK", user: { name: "Ann", agent_code: "A1", permissions: ["cancel_policy"] } }),
    );
    handlers.set("POST /api/v3/customer/otp/verify/", (_, res) =>
      json(res, 200, { token: "CTOK", customer: { name: "Bo", email: "bo@x.test" } }),
    );
    const session = fakeSession({ quotes: { P1: { token: "q1", updatedAt: 1 } } });
    const login = await (await proxy(postJson("/api/v3/login/", { username: "ann", password: "pw" }), session)).json();
    expect(login).toEqual({ user: { name: "Ann", agent_code: "A1", permissions: ["cancel_policy"] } });
    expect(session.user).toMatchObject({ token: "UTOK", name: "Ann", agentCode: "A1", permissions: ["cancel_policy"] });
    await proxy(postJson("/api/v3/customer/otp/verify/", { email: "bo@x.test", code: "123456" }), session);
    expect(session.customer).toMatchObject({ token: "CTOK", name: "Bo", email: "bo@x.test" });
    expect(session.user).toBeUndefined();
    handlers.set("POST /api/v3/logout/", (_, res) => res.writeHead(204).end());
    expect((await proxy(call("/api/v3/logout/", { method: "POST" }), session)).status).toBe(204);
    expect(seen.filter((s) => s.url === "/api/v3/logout/").map((s) => s.headers.authorization)).toEqual([
      "Bearer CTOK",
    ]);
    expect(session).toMatchObject({ destroyed: true, quotes: {}, user: undefined, customer: undefined });
  });

  it("keeps an agent signed in as the agent when the code step signs the applicant in", async () => {
    handlers.set("POST /api/v3/policy/submit/travel/", (_, res) =>
      json(res, 200, { policy_number: "P9", customer_token: "CT", customer_token_expires_at: "2099-01-01T00:00:00Z" }),
    );
    const agentSession = fakeSession({ user: { token: "U", name: "Ann", permissions: [] } });
    const body = await (
      await proxy(postJson("/api/v3/policy/submit/travel/", { policy_number: "P9" }), agentSession)
    ).json();
    expect(body).not.toHaveProperty("customer_token");
    expect(agentSession.customer).toBeUndefined();
    const customerSession = fakeSession();
    await proxy(postJson("/api/v3/policy/submit/travel/", { policy_number: "P9" }), customerSession);
    expect(customerSession.customer).toMatchObject({ token: "CT", expiresAt: "2099-01-01T00:00:00Z" });
  });

  it("stay signed in: a refreshed token's new end is kept in the session", async () => {
    handlers.set("POST /api/v3/token/refresh/", (_, res) => json(res, 200, { expires_at: "2099-02-02T00:00:00Z" }));
    const session = fakeSession({ customer: { token: "C", expiresAt: new Date(Date.now() + 60_000).toISOString() } });
    expect((await proxy(postJson("/api/v3/token/refresh/", {}), session)).status).toBe(200);
    expect(session.customer?.expiresAt).toBe("2099-02-02T00:00:00Z");
  });

  it("forgets a bearer the backend no longer accepts", async () => {
    handlers.set("GET /api/v3/policy/all/", (_, res) =>
      json(res, 401, { detail: "Sign in.", code: "not_authenticated" }),
    );
    const session = fakeSession({ customer: { token: "dead" } });
    expect((await proxy(call("/api/v3/policy/all/"), session)).status).toBe(401);
    expect(session.customer).toBeUndefined();
  });
});

describe("headers, statuses and redirects", () => {
  it("drops hop-by-hop and unlisted headers both ways and adds no-store to JSON", async () => {
    handlers.set("GET /api/v3/products/", (_, res) =>
      json(
        res,
        200,
        { products: [] },
        { "set-cookie": "b=1", "x-powered-by": "x", etag: '"v1"', "cache-control": "public, max-age=60" },
      ),
    );
    const headers = {
      connection: "keep-alive, accept-language",
      te: "trailers",
      upgrade: "h2c",
      "proxy-authorization": "x",
      "accept-language": "de",
      "if-none-match": '"v0"',
    };
    const res = await proxy(call("/api/v3/products/", { headers }), fakeSession());
    for (const h of ["te", "upgrade", "proxy-authorization"]) expect(last().headers[h]).toBeUndefined();
    expect(last().headers["accept-language"]).not.toBe("de"); // named in Connection, so hop-by-hop
    expect(last().headers["if-none-match"]).toBe('"v0"');
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("etag")).toBe('"v1"');
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps error statuses and bodies as they are", async () => {
    const body = { detail: "This policy was cancelled.", code: "conflict" };
    handlers.set("POST /api/v3/policy/P1/confirm/", (_, res) => json(res, 409, body));
    const res = await proxy(call("/api/v3/policy/P1/confirm/", { method: "POST" }), fakeSession());
    expect([res.status, await res.json()]).toEqual([409, body]);
    expect(last().headers["content-length"]).toBe("0");
  });

  it("makes a payment token only on a same-site POST, sent upstream as the contract's GET", async () => {
    handlers.set("GET /api/v3/payment/token/", (_, res) => json(res, 200, { token: "t1", redirect_url: "/x" }));
    expect((await proxy(call("/api/v3/payment/token/?policy_number=P1"), fakeSession())).status).toBe(404);
    const evil = { origin: "https://evil.test" };
    const crossSite = call("/api/v3/payment/token/?policy_number=P1", { method: "POST", headers: evil });
    expect((await proxy(crossSite, fakeSession())).status).toBe(403);
    expect(seen).toHaveLength(0);
    const res = await proxy(call("/api/v3/payment/token/?policy_number=P1", { method: "POST" }), fakeSession());
    expect([res.status, last().method, last().url]).toEqual([200, "GET", "/api/v3/payment/token/?policy_number=P1"]);
  });

  it("passes redirects through, making the backend's own URLs relative", async () => {
    handlers.set("GET /api/v3/payment/process/", (req, res) =>
      res
        .writeHead(303, {
          location: req.url.includes("ext") ? "https://shop.test/done?ok=1" : `${base}/api/v3/payment/sandbox/t1/?x=1`,
        })
        .end(),
    );
    const own = await proxy(call("/api/v3/payment/process/?token=t1"), fakeSession());
    expect([own.status, own.headers.get("location")]).toEqual([303, "/api/v3/payment/sandbox/t1/?x=1"]);
    const ext = await proxy(call("/api/v3/payment/process/?token=ext"), fakeSession());
    expect(ext.headers.get("location")).toBe("https://shop.test/done?ok=1");
    handlers.set("GET /api/v3/payment/token/", (_, res) =>
      json(res, 200, { token: "t1", redirect_url: `${base}/api/v3/payment/sandbox/t1/` }),
    );
    const token = await proxy(call("/api/v3/payment/token/", { method: "POST" }), fakeSession());
    expect(await token.json()).toEqual({ token: "t1", redirect_url: "/api/v3/payment/sandbox/t1/" });
  });

  it("answers 404 in the contract's shape for anything off the allowlist", async () => {
    for (const [method, p] of [
      ["GET", "/api/v3/admin/"],
      ["DELETE", "/api/v3/policy/P1/"],
      ["GET", "/api/v3/policy/P1%2F..%2Flogin/"],
      ["GET", "/api/v1/products/"],
      ["GET", "/api/v3/dev/outbox/"], // DEV_OUTBOX is off
    ]) {
      const res = await proxy(call(p, { method }), fakeSession());
      expect([res.status, await res.json()]).toEqual([404, { detail: expect.any(String), code: "not_found" }]);
    }
    expect(seen).toHaveLength(0);
  });
});

describe("binary downloads", () => {
  it("streams bytes unchanged, before the backend has finished", async () => {
    const bytes = randomBytes(300_000);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    handlers.set("GET /api/v3/policy/P1/attachment/get/r1/", (_, res) => {
      res.writeHead(200, { "content-type": "image/png", "content-length": bytes.length });
      res.write(bytes.subarray(0, 1000));
      void held.then(() => res.end(bytes.subarray(1000)));
    });
    const res = await proxy(call("/api/v3/policy/P1/attachment/get/r1/"), fakeSession());
    expect(res.headers.get("content-disposition")).toBe("inline");
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    const reader = res.body!.getReader();
    const first = await reader.read(); // arrives while the backend still holds the rest
    release();
    const parts = [Buffer.from(first.value!)];
    for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(Buffer.from(part.value));
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
  });

  it("names documents and keeps the backend's own disposition", async () => {
    handlers.set("GET /api/v3/policy/P1/coi/", (_, res) =>
      res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"),
    );
    handlers.set("GET /api/v3/policy/P1/pass_card/", (_, res) =>
      res
        .writeHead(200, {
          "content-type": "application/vnd.apple.pkpass",
          "content-disposition": 'attachment; filename="card.pkpass"',
        })
        .end("PK"),
    );
    const coi = await proxy(call("/api/v3/policy/P1/coi/"), fakeSession());
    expect(coi.headers.get("content-disposition")).toBe('attachment; filename="P1-coi.pdf"');
    expect(await coi.text()).toBe("%PDF-1.4");
    const pass = await proxy(call("/api/v3/policy/P1/pass_card/"), fakeSession());
    expect(pass.headers.get("content-disposition")).toBe('attachment; filename="card.pkpass"');
  });
});

describe("request bodies", () => {
  it("refuses bodies over the limit by Content-Length and while reading", async () => {
    const big = call("/api/v3/policy/P1/price/", {
      method: "POST",
      headers: { "content-length": String(2 * 1024 * 1024) },
      body: "{}",
    });
    expect((await proxy(big, fakeSession())).status).toBe(413);
    const chunk = new Uint8Array(256 * 1024);
    const stream = new ReadableStream({ pull: (c) => c.enqueue(chunk) }); // endless, no length
    const res = await proxy(
      call("/api/v3/policy/P1/price/", { method: "POST", body: stream, duplex: "half" }),
      fakeSession(),
    );
    expect([res.status, (await res.json()).code]).toEqual([413, "too_large"]);
    expect(seen).toHaveLength(0);
  });

  it("allows 12 MB for attachments", async () => {
    const body = JSON.stringify({ data: `data:image/png;base64,${"A".repeat(5 * 1024 * 1024)}`, name: "photo" });
    expect((await proxy(postJson("/api/v3/policy/P1/attachment/add/", JSON.parse(body)), fakeSession())).status).toBe(
      200,
    );
    expect(last().body.length).toBe(body.length);
  });

  it("passes malformed JSON to the backend as it is", async () => {
    handlers.set("POST /api/v3/policy/submit/travel/", (req, res) =>
      json(res, 422, { detail: `bad: ${req.body}`, code: "invalid_request" }),
    );
    const res = await proxy(
      call("/api/v3/policy/submit/travel/", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{oops",
      }),
      fakeSession(),
    );
    expect([res.status, await res.json()]).toEqual([422, { detail: "bad: {oops", code: "invalid_request" }]);
  });
});

describe("cross-site requests", () => {
  it("refuses state changes from another origin or without proof of origin", async () => {
    const refused: Record<string, string>[] = [
      { origin: "https://evil.test" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      {},
    ];
    for (const headers of refused) {
      const req = new Request(`${APP}/api/v3/logout/`, { method: "POST", headers });
      const res = await proxy(req, fakeSession());
      expect([res.status, await res.json()]).toEqual([
        403,
        { detail: "This request came from another site and was refused.", code: "csrf_rejected" },
      ]);
    }
    expect(seen).toHaveLength(0);
    const sameSite = new Request(`${APP}/api/v3/customer/otp/request/`, {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin" },
    });
    expect((await proxy(sameSite, fakeSession())).status).toBe(200);
    const behindProxy = new Request("http://10.0.0.5:3000/api/v3/customer/otp/request/", {
      method: "POST",
      headers: { origin: "https://shop.test", "x-forwarded-host": "shop.test", "x-forwarded-proto": "https" },
    });
    expect((await proxy(behindProxy, fakeSession())).status).toBe(200);
  });
});

describe("backend failures", () => {
  it("answers 504 when the backend is slow", async () => {
    handlers.set("GET /api/v3/products/", () => undefined); // never answers
    const res = await proxy(call("/api/v3/products/"), fakeSession());
    expect([res.status, (await res.json()).code, res.headers.get("cache-control")]).toEqual([
      504,
      "gateway_timeout",
      "no-store",
    ]);
  });

  it("lets the development outbox through only while the app shows it (DEV_OUTBOX=1)", async () => {
    handlers.set("GET /api/v3/dev/outbox/", (_req, res) => json(res, 200, { emails: [] }));
    vi.resetModules();
    process.env.DEV_OUTBOX = "1";
    try {
      const fresh = await import("./proxy");
      const res = await fresh.proxy(call("/api/v3/dev/outbox/?to=a%40b.test"), fakeSession());
      expect([res.status, await res.json()]).toEqual([200, { emails: [] }]);
      expect(last().url).toBe("/api/v3/dev/outbox/?to=a%40b.test");
    } finally {
      delete process.env.DEV_OUTBOX;
    }
  });

  it("answers 502 when the backend is down", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    vi.resetModules();
    process.env.POLICY_API_URL = `http://127.0.0.1:${port}`;
    try {
      const fresh = await import("./proxy");
      const res = await fresh.proxy(call("/api/v3/products/"), fakeSession());
      expect([res.status, await res.json()]).toEqual([
        502,
        {
          detail: "We can't reach the policy service right now. Your answers are safe; please try again in a moment.",
          code: "bad_gateway",
        },
      ]);
    } finally {
      process.env.POLICY_API_URL = base;
    }
  });
});

describe("the proxy's own words", () => {
  const detailOf = async (res: Response) => [res.status, (await res.json()).detail];

  it("words its refusals in the language chosen with the switcher, else the browser's", async () => {
    const ar = { cookie: "locale=ar", "accept-language": "en" };
    expect(await detailOf(await proxy(call("/api/v3/admin/", { headers: ar }), fakeSession()))).toEqual([
      404,
      "لا يوجد شيء على هذا العنوان.",
    ]);
    const crossSite = call("/api/v3/logout/", { method: "POST", headers: { origin: "https://evil.test", ...ar } });
    expect(await detailOf(await proxy(crossSite, fakeSession()))).toEqual([403, "رُفض هذا الطلب لأنه جاء من موقع آخر."]);
    const big = call("/api/v3/policy/P1/price/", {
      method: "POST",
      headers: { "content-length": String(2 * 1024 * 1024), "accept-language": "ar-SA,en;q=0.5" },
      body: "{}",
    });
    expect(await detailOf(await proxy(big, fakeSession()))).toEqual([
      413,
      "هذا أكبر من أن يُرسل. يُرجى اختيار ملف أصغر.",
    ]);
    const english = call("/api/v3/admin/", { headers: { cookie: "locale=en", "accept-language": "ar" } });
    expect(await detailOf(await proxy(english, fakeSession()))).toEqual([404, "There is nothing at this address."]);
    expect(seen).toHaveLength(0);
  });

  it("says the backend is slow in the request's language", async () => {
    handlers.set("GET /api/v3/products/", () => undefined); // never answers
    const res = await proxy(call("/api/v3/products/", { headers: { cookie: "locale=ar" } }), fakeSession());
    expect(await detailOf(res)).toEqual([
      504,
      "تستغرق خدمة الوثائق وقتًا أطول من اللازم للرد. إجاباتك في أمان؛ يُرجى المحاولة مرة أخرى بعد قليل.",
    ]);
  });
});

describe("session and environment", () => {
  it("seals and unseals the session, keeping at most 20 quotes in under 4 KB", async () => {
    const data: SessionData = {
      quotes: {},
      user: {
        token: "u".repeat(43),
        name: "Agent Ann",
        agentCode: "A-1",
        permissions: ["view_all_policies", "cancel_policy"],
      },
    };
    for (let i = 0; i < 30; i++)
      rememberQuote(data, `POLICY${i}`, randomBytes(32).toString("base64url"), "travel-insurance");
    for (const [i, n] of Object.keys(data.quotes).entries()) data.quotes[n].updatedAt = i;
    trimQuotes(data);
    expect(Object.keys(data.quotes)).toHaveLength(MAX_QUOTES);
    expect(data.quotes.POLICY0).toBeUndefined();
    const sealed = await sealData(data, { password: SECRET, ttl: 8 * 3600 });
    expect(sealed.length).toBeLessThan(4000);
    expect(await unsealData(sealed, { password: SECRET, ttl: 8 * 3600 })).toEqual(data);
  });

  it("requires a secret in production and persists a generated one in development", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "short" })).toThrow(/32/);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "env-")), ".data");
    const first = parseEnv({ NODE_ENV: "development" }, dir);
    expect(first.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, "session-secret"), "utf8")).toBe(first.SESSION_SECRET);
    expect(parseEnv({ NODE_ENV: "test" }, dir)).toMatchObject({
      SESSION_SECRET: first.SESSION_SECRET,
      POLICY_API_URL: "http://127.0.0.1:4010",
      UPSTREAM_TIMEOUT_MS: 15000,
      DOCUMENT_TIMEOUT_MS: 60000,
    });
  });
});

describe("where a quote stands", () => {
  it("remembers the step and announcement of a submit answer, even from a backend that sends no quote token", async () => {
    handlers.set("POST /api/v3/policy/submit/any-cover/", (_req, res) =>
      json(res, 200, {
        policy_number: "P9",
        next_action: "perform_otp",
        has_errors: false,
        form: { form_id: "code-check", fields: [] },
      }),
    );
    const session = fakeSession();
    const res = await proxy(
      postJson("/api/v3/policy/submit/any-cover/", { policy_number: "P9", form: { form_id: "a", fields: [] } }),
      session,
    );
    expect(res.status).toBe(200);
    expect(session.quotes.P9).toMatchObject({ token: "", slug: "any-cover", at: "code-check", said: "perform_otp" });
    expect(session.saves).toBe(1);
    expect(authFor(session, "P9").quoteToken).toBeUndefined();
  });

  it("hands a submit answer to the page of the step it names, under the credentials the session now holds", async () => {
    const next = { form_id: "cover", form_type: "form", form_name: "Your cover", fields: [] };
    handlers.set("POST /api/v3/policy/submit/bicycle/", (_, res) =>
      json(res, 200, {
        policy_number: "H1",
        quote_token: "QH1",
        has_errors: false,
        next_action: "continue",
        form: next,
      }),
    );
    const session = fakeSession();
    await proxy(postJson("/api/v3/policy/submit/bicycle/", { policy_number: null, form: {} }), session);
    const where = { slug: "bicycle", language: "en", policyNumber: "H1", formId: "cover" };
    const handed = takeOver(where, authFor(session, "H1")) as Record<string, unknown>;
    expect(handed).toMatchObject({ policy_number: "H1", form: next });
    expect(handed).not.toHaveProperty("quote_token");
    await takeAhead({ slug: "bicycle", language: "en" }); // its meta, asked for meanwhile, lands in this test
  });

  it("asks for the product's meta for that page as it hands the answer over, as the page would ask", async () => {
    handlers.set("POST /api/v3/policy/submit/bicycle/", (_, res) =>
      json(res, 200, { policy_number: "M1", has_errors: false, next_action: "continue", form: { form_id: "cover" } }),
    );
    handlers.set("GET /api/v3/policy/meta/bicycle/", (_, res) => json(res, 200, { name: "Bicycle" }));
    const session = fakeSession({ customer: { token: "C1" } });
    const submit = postJson(
      "/api/v3/policy/submit/bicycle/",
      { policy_number: "M1", form: {} },
      { "accept-language": "ar" },
    );
    await proxy(submit, session);
    const ahead = takeAhead({ slug: "bicycle", language: "ar", bearer: "C1" });
    expect(await (await ahead)?.json()).toEqual({ name: "Bicycle" });
    const asked = seen.find((r) => r.url === "/api/v3/policy/meta/bicycle/")!;
    expect(asked.headers).toMatchObject({ "accept-language": "ar", authorization: "Bearer C1" });
    expect(asked.headers).not.toHaveProperty("x-quote-token");
  });

  it("keeps nothing and asks for no meta when the page draws the next step itself", async () => {
    handlers.set("POST /api/v3/policy/submit/bicycle/", (_, res) =>
      json(res, 200, { policy_number: "I1", has_errors: false, next_action: "continue", form: { form_id: "cover" } }),
    );
    // Signed in: without the header, this answer would be kept and the meta asked for (the test above).
    const session = fakeSession({ customer: { token: "C1" } });
    const submit = postJson(
      "/api/v3/policy/submit/bicycle/",
      { policy_number: "I1", form: {} },
      { [IN_PAGE_HEADER]: "1" },
    );
    await proxy(submit, session);
    expect(seen.map((r) => r.url)).toEqual(["/api/v3/policy/submit/bicycle/"]);
    // Not passed on: the header is the web app's own.
    expect(seen[0].headers).not.toHaveProperty(IN_PAGE_HEADER);
    const where = { slug: "bicycle", language: "en", policyNumber: "I1", formId: "cover" };
    expect(takeOver(where, authFor(session, "I1"))).toBeNull();
  });

  it("relays a submit answered with JSON null as it came, the header or not", async () => {
    handlers.set("POST /api/v3/policy/submit/bicycle/", (_, res) => json(res, 200, null));
    for (const headers of [{ [IN_PAGE_HEADER]: "1" }, {}] as Record<string, string>[]) {
      const res = await proxy(postJson("/api/v3/policy/submit/bicycle/", { form: {} }, headers), fakeSession());
      expect(res.status).toBe(200);
      expect(await res.json()).toBeNull();
    }
  });

  it("asks for no meta when the answer has errors", async () => {
    handlers.set("POST /api/v3/policy/submit/bicycle/", (_, res) =>
      json(res, 200, { policy_number: "M2", has_errors: true, next_action: "continue", form: { form_id: "bike" } }),
    );
    await proxy(postJson("/api/v3/policy/submit/bicycle/", { policy_number: "M2", form: {} }), fakeSession());
    expect(seen.map((r) => r.url)).toEqual(["/api/v3/policy/submit/bicycle/"]);
  });

  it("does not take a going-back GET for where the quote stands", async () => {
    handlers.set("GET /api/v3/policy/submit/any-cover/", (_req, res) =>
      json(res, 200, {
        policy_number: "P9",
        next_action: "continue",
        has_errors: false,
        form: { form_id: "first", fields: [] },
      }),
    );
    const session = fakeSession({ quotes: { P9: { token: "", updatedAt: 1, at: "third", said: "continue" } } });
    await proxy(call("/api/v3/policy/submit/any-cover/?policy_number=P9&form_id=first"), session);
    expect(session.quotes.P9.at).toBe("third");
  });
});
