import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { withApiHeaders } from "./api-headers";
import { apiPolicy, pagePolicy } from "./security-headers";

beforeAll(() => {
  // getEnv() reads once, on first use: this file runs as production.
  Object.assign(process.env, { NODE_ENV: "production", SESSION_SECRET: "h".repeat(24) + "0123456789ab" });
});

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("the content security policy", () => {
  it("lets a page run only scripts with its nonce, and nothing be framed, based or embedded", () => {
    const policy = pagePolicy("abc");
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("lets the API's answers run nothing but the sandbox gateway page's own script", () => {
    expect(apiPolicy("/api/v3/policy/P1/")).toContain("script-src 'none'");
    expect(apiPolicy("/api/v3/payment/sandbox/t1/")).toMatch(/script-src 'sha256-[\w+/=]+'/);
  });
});

describe("proxy.ts", () => {
  it("gives every page a fresh nonce, in its header and in the request Next renders with", () => {
    const first = proxy(new NextRequest("http://app.test/quote/P1"));
    const second = proxy(new NextRequest("http://app.test/quote/P1"));
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[\w+/=]{20,}$/);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
  });

  it("sends HSTS in production", () => {
    const headers = proxy(new NextRequest("http://app.test/")).headers;
    expect(headers.get("strict-transport-security")).toMatch(/max-age=\d{8}/);
  });

  it("leaves /api/ to its route handlers (its matcher skips it)", () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    expect(matcher.test("/quote/P1")).toBe(true);
    expect(matcher.test("/api/v3/products/")).toBe(false);
  });
});

describe("withApiHeaders (every route handler under /api/)", () => {
  const answer = () => Response.json({ ok: true });
  const policyOf = async (url: string, cookie?: string, handler = answer) => {
    const res = await withApiHeaders(handler)(new Request(url, { headers: cookie ? { cookie } : {} }));
    return { res, policy: res.headers.get("content-security-policy") ?? "" };
  };

  it("gives the API's answers the API's policy and, in production, HSTS", async () => {
    const { res, policy } = await policyOf("http://app.test/api/v3/products/");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{8}/);
    expect(await res.json()).toEqual({ ok: true });
    expect((await policyOf("http://app.test/api/v3/payment/sandbox/t1/")).policy).toMatch(/script-src 'sha256-/);
  });

  it("lets a partner frame the API's answers only inside that partner's embed", async () => {
    process.env.EMBED_PARTNERS = JSON.stringify([
      { id: "shop", name: "Shop", origins: ["https://shop.example"], products: ["bicycle"] },
    ]);
    try {
      const embed = Buffer.from(JSON.stringify({ p: "shop" })).toString("base64url");
      const framed = await policyOf("http://app.test/api/v3/products/", `qp_embed=${embed}`);
      expect(framed.policy).toContain("frame-ancestors https://shop.example");
      const forged = await policyOf("http://app.test/api/v3/products/", "qp_embed=eyJwIjoieCJ9");
      expect(forged.policy).toContain("frame-ancestors 'none'");
    } finally {
      delete process.env.EMBED_PARTNERS;
    }
  });

  it("sets them on an answer whose headers can't be changed, keeping its body and status", async () => {
    const locked = () => {
      const res = new Response("gone", { status: 410 });
      Object.defineProperty(res, "headers", { value: new Proxy(res.headers, { get: lockSet }) });
      return res;
    };
    const { res, policy } = await policyOf("http://app.test/api/v3/x/", undefined, locked);
    expect(policy).toContain("default-src 'none'");
    expect(res.status).toBe(410);
    expect(await res.text()).toBe("gone");
  });
});

function lockSet(target: Headers, key: string | symbol) {
  if (key === "set")
    return () => {
      throw new TypeError("immutable");
    };
  const value = Reflect.get(target, key);
  return typeof value === "function" ? value.bind(target) : value;
}

describe("proxy.ts and a partner's embed", () => {
  const partners = [{ id: "shop", name: "Shop", origins: ["https://shop.example"], products: ["bicycle"] }];
  const ancestors = (res: Response) => /frame-ancestors ([^;]+)/.exec(res.headers.get("content-security-policy")!)?.[1];

  it("lets the partner's origins frame its entry page and, with its cookie, the journey; nobody else anything", () => {
    process.env.EMBED_PARTNERS = JSON.stringify(partners);
    try {
      const entry = proxy(new NextRequest("http://app.test/embed/shop/products/bicycle?touchpoint=basket"));
      expect(ancestors(entry)).toBe("https://shop.example");
      const cookie = entry.cookies.get("qp_embed")!;
      expect(cookie).toMatchObject({ sameSite: "none", secure: true, partitioned: true, httpOnly: true });
      expect(ancestors(proxy(new NextRequest("http://app.test/embed/shop/products/travel")))).toBe("'none'");
      expect(ancestors(proxy(new NextRequest("http://app.test/embed/other/products/bicycle")))).toBe("'none'");
      expect(ancestors(proxy(new NextRequest("http://app.test/quote/P1")))).toBe("'none'");
      const framed = new NextRequest("http://app.test/quote/P1", { headers: { cookie: `qp_embed=${cookie.value}` } });
      expect(ancestors(proxy(framed))).toBe("https://shop.example");
      const forged = new NextRequest("http://app.test/quote/P1", { headers: { cookie: "qp_embed=eyJwIjoieCJ9" } });
      expect(ancestors(proxy(forged))).toBe("'none'");
    } finally {
      delete process.env.EMBED_PARTNERS;
    }
  });
});
