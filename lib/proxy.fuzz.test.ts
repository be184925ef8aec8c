import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "@/backend/test/harness";
import { validAnswers, asForm } from "@/backend/test/journeys";
import { proxy } from "./proxy";
import type { Session, SessionData } from "./session";

// The web app's proxy against a real reference API, fed whatever a hostile browser can send.
const APP = "http://app.test";
const LINK_SECRET = "x".repeat(40);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;
type Upstream = { url: string; method: string; headers: Headers; status: number };

let backend: Backend;
const upstream: Upstream[] = [];
const realFetch = globalThis.fetch;
let mine: SessionData;
let theirs: SessionData;

function session(data: SessionData): Session {
  const copy = structuredClone(data) as Session;
  Object.defineProperties(copy, {
    save: { value: async () => undefined },
    destroy: { value: () => void (copy.quotes = {}) },
  });
  return copy;
}

const postJson = (path: string, body: unknown) => {
  const headers = { origin: APP, "content-type": "application/json" };
  return new Request(APP + path, { method: "POST", headers, body: JSON.stringify(body) });
};

/** A quote of its own, one step in: its token now sits in the returned session only. */
async function startQuote(): Promise<SessionData> {
  const data: SessionData = { quotes: {} };
  const s = session(data);
  const [formId, answers] = validAnswers.bicycle[0];
  const first = { policy_number: null, form: asForm(formId, answers) };
  const res = await proxy(postJson("/api/v3/policy/submit/bicycle/", first), s);
  expect(res.status).toBe(200);
  return { quotes: s.quotes };
}

const policyOf = (data: SessionData) => Object.keys(data.quotes)[0];
const tokenOf = (data: SessionData) => Object.values(data.quotes)[0].token;

async function versionOf(data: SessionData): Promise<string> {
  const res = await proxy(new Request(`${APP}/api/v3/policy/${policyOf(data)}/`), session(data));
  return ((await res.json()) as { version_id: string }).version_id;
}

beforeAll(async () => {
  backend = await startBackend({ LINK_SECRET });
  const env = { POLICY_API_URL: backend.url, SESSION_SECRET: "s".repeat(40), UPSTREAM_TIMEOUT_MS: "9000" };
  Object.assign(process.env, env);
  globalThis.fetch = async (input, init) => {
    const res = await realFetch(input, init);
    const headers = new Headers(init?.headers);
    upstream.push({ url: String(input), method: init?.method ?? "GET", headers, status: res.status });
    return res;
  };
  mine = await startQuote();
  theirs = await startQuote();
}, 120_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await backend?.close();
});

const ascii = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const segment = fc.oneof(
  fc.constantFrom("%00", "..", "%2e%2e", "__proto__", "all", "meta", "submit", "continue", "bicycle", "%ZZ", "é"),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.constant("MINE"),
  fc.constant("THEIRS"),
);
const base = fc.constantFrom("/api/v3/", "/api/v1/", "/api/v3/policy/");
const randomPath = fc
  .tuple(base, fc.array(segment, { maxLength: 5 }), fc.boolean())
  .map(([start, parts, slash]) => start + parts.join("/") + (slash ? "/" : ""));
const path = fc.oneof(
  { weight: 1, arbitrary: randomPath },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "/api/v3/policy/MINE/",
      "/api/v3/policy/THEIRS/",
      "/api/v3/policy/THEIRS/confirm/",
      "/api/v3/policy/THEIRS/cancel/",
      "/api/v3/policy/THEIRS/copy/",
      "/api/v3/policy/submit/bicycle/",
      "/api/v3/payment/token/?policy_number=THEIRS",
      "/api/v3/payment/token/?policy_number=MINE&payment_mode=annual&return_url=http%3A%2F%2F127.0.0.1%3A3000%2Fr",
      "/api/v3/policy/THEIRS/attachment/get/%00/",
      "/api/v1/policy/THEIRS/attachment/thumbnail/%00/",
      "/api/v3/login/",
      "/api/v3/logout/",
      "/api/v3/customer/otp/verify/",
      "/api/v3/policy/all/?per_page=99999",
      "/api/v3/policy/THEIRS/price/",
    ),
  },
);
const json = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.json({ maxDepth: 4 }).map((text) => text.slice(0, Math.max(1, text.length - 3))),
  fc
    .record({
      policy_number: fc.oneof(fc.constant("THEIRS"), fc.constant("MINE"), fc.anything({ maxDepth: 2 })),
      form: fc.oneof(
        fc.anything({ maxDepth: 3 }),
        fc.record({ form_id: fc.anything({ maxDepth: 1 }), fields: fc.anything({ maxDepth: 3 }) }),
      ),
    })
    .map((body) => JSON.stringify(body)),
);
const OVERSIZED = '{"a":"' + "x".repeat(1024 * 1024) + '"}';
const body = fc.oneof(
  { weight: 8, arbitrary: json },
  { weight: 1, arbitrary: fc.constant(OVERSIZED) },
  { weight: 1, arbitrary: ascii(64) },
);
const request = fc.record({
  method: fc.oneof({ weight: 6, arbitrary: fc.constantFrom("GET", "POST") }, fc.constantFrom(...METHODS)),
  path,
  body,
  origin: fc.oneof({ weight: 3, arbitrary: fc.constant(APP) }, fc.constantFrom("https://evil.test", "null", undefined)),
  fetchSite: fc.constantFrom("same-origin", "cross-site", undefined),
  contentType: fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=x", undefined),
  forgedFor: fc.option(fc.ipV4(), { nil: undefined }),
  authorization: fc.option(
    ascii(40).map((t) => `Bearer ${t}`),
    { nil: undefined },
  ),
  quoteToken: fc.constantFrom("THEIRS", "garbage", undefined),
  cookie: fc.option(ascii(60), { nil: undefined }),
  lengthClaim: fc.option(fc.constantFrom("0", "5", "99999999", "-1", "abc"), { nil: undefined, freq: 4 }),
});
type Fuzzed = typeof request extends fc.Arbitrary<infer T> ? T : never;

function build(r: Fuzzed): Request {
  const url = APP + r.path.replaceAll("MINE", policyOf(mine)).replaceAll("THEIRS", policyOf(theirs));
  const headers = new Headers();
  if (r.origin) headers.set("origin", r.origin);
  if (r.fetchSite) headers.set("sec-fetch-site", r.fetchSite);
  if (r.contentType) headers.set("content-type", r.contentType);
  if (r.forgedFor) headers.set("x-forwarded-for", r.forgedFor);
  if (r.authorization) headers.set("authorization", r.authorization);
  if (r.quoteToken) headers.set("x-quote-token", r.quoteToken === "THEIRS" ? tokenOf(theirs) : r.quoteToken);
  if (r.cookie) headers.set("cookie", r.cookie);
  if (r.lengthClaim) headers.set("content-length", r.lengthClaim);
  const withBody = r.method !== "GET" && r.method !== "HEAD";
  return new Request(url, { method: r.method, headers, body: withBody ? r.body : undefined });
}

const crossSite = (r: Fuzzed) =>
  r.origin === undefined || r.origin === "null" ? r.fetchSite !== "same-origin" : r.origin !== APP;

describe("the proxy under hostile input", () => {
  it("never fails itself, never shows a secret, never lets another site change anything", async () => {
    const before = await versionOf(theirs);
    const secrets = [tokenOf(mine), tokenOf(theirs), LINK_SECRET];
    const reached = upstream.length;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const sent = upstream.length;
        const res = await proxy(build(r), session(mine));
        const text = r.method === "HEAD" ? "" : await res.text();
        const calls = upstream.slice(sent);
        // A 5xx is only ever the API's own answer passed on, never the proxy's.
        if (res.status >= 500) expect(calls.at(-1)?.status).toBe(res.status);
        for (const secret of secrets) expect(text).not.toContain(secret);
        expect(text).not.toMatch(/"(quote_token|customer_token)"/);
        if (crossSite(r) && r.method !== "GET" && r.method !== "HEAD") {
          expect([403, 404]).toContain(res.status);
          expect(calls).toEqual([]);
        }
        // Some calls the contract makes GETs change things: a browser only reaches them with a same-site POST.
        const paymentTokens = calls.filter((c) => /\/payment\/token\//.test(c.url));
        if (crossSite(r) || r.method === "GET") expect(paymentTokens).toEqual([]);
        for (const call of calls) {
          expect(call.headers.get("authorization")).toBeNull();
          expect(call.headers.get("x-forwarded-for")).toBeNull();
          expect(call.headers.get("cookie")).toBeNull();
          expect([null, tokenOf(mine)]).toContain(call.headers.get("x-quote-token"));
        }
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    expect(await versionOf(theirs)).toBe(before);
    // Not a vacuous pass: many of those requests did reach the API.
    expect(upstream.length - reached).toBeGreaterThan(RUNS / 6);
  }, 300_000);
});
