import { sealData, unsealData } from "iron-session";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openSession, sealExpiry, type CookieJar } from "./session-open";

const password = "p".repeat(40);
const options = { cookieName: "qp_session", password, ttl: 3600 };

function jarWith(value?: string) {
  const written: Array<[string, string]> = [];
  const jar: CookieJar & { written: typeof written } = {
    written,
    get: (name) => (value !== undefined && name === options.cookieName ? { name, value } : undefined),
    set: (name, v) => void written.push([name, v]),
  };
  return jar;
}

const quotes = { Q1: { token: "t1", slug: "bicycle", updatedAt: 1 } };
const derivations = () => vi.spyOn(globalThis.crypto.subtle, "deriveBits");

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("opening the session cookie", () => {
  it("unseals each distinct cookie once: the same cookie again costs no key derivation", async () => {
    const sealed = await sealData({ quotes }, { password, ttl: 3600 });
    const spy = derivations();
    expect((await openSession(jarWith(sealed), options)).quotes).toEqual(quotes);
    const first = spy.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    expect((await openSession(jarWith(sealed), options)).quotes).toEqual(quotes);
    expect(spy.mock.calls.length).toBe(first);
  });

  it("gives each request its own copy, whose save() and destroy() still write the cookie", async () => {
    const sealed = await sealData({ quotes }, { password, ttl: 3600 });
    await openSession(jarWith(sealed), options);
    const jar = jarWith(sealed);
    const session = await openSession(jar, options);
    session.quotes.Q2 = { token: "t2", updatedAt: 2 };
    await session.save();
    expect(jar.written).toHaveLength(1);
    expect((await openSession(jarWith(sealed), options)).quotes).toEqual(quotes);
    session.destroy();
    expect(jar.written.at(-1)).toEqual([options.cookieName, ""]);
  });

  it("never serves a cookie past the expiry sealed into it", async () => {
    const sealed = await sealData({ quotes }, { password, ttl: 3600 });
    await openSession(jarWith(sealed), options);
    const expiry = sealExpiry(sealed)!;
    expect(expiry).toBeGreaterThan(Date.now());
    vi.useFakeTimers({ now: expiry + 61_000, toFake: ["Date"] });
    expect({ ...(await openSession(jarWith(sealed), options)) }).toEqual({});
  });

  it("remembers nothing of a cookie it can't unseal (another secret, or tampered)", async () => {
    const foreign = await sealData({ quotes }, { password: "o".repeat(40), ttl: 3600 });
    for (let i = 0; i < 2; i++) expect({ ...(await openSession(jarWith(foreign), options)) }).toEqual({});
    const sealed = await sealData({ quotes }, { password, ttl: 3600 });
    await openSession(jarWith(sealed), options);
    const tampered = sealed.replace(/\*(\d+)\*/, (_, exp) => `*${Number(exp) + 1}*`);
    expect({ ...(await openSession(jarWith(tampered), options)) }).toEqual({});
  });

  it("remembers the cookie a request seals: the request that brings it back costs no key derivation", async () => {
    const jar = jarWith();
    const session = await openSession(jar, options);
    session.quotes = { Q3: { token: "t3", updatedAt: 3 } };
    await session.save();
    const [[, written]] = jar.written;
    const spy = derivations();
    expect((await openSession(jarWith(written), options)).quotes).toEqual({ Q3: { token: "t3", updatedAt: 3 } });
    expect(spy).not.toHaveBeenCalled();
    expect(await unsealData(written, { password })).toEqual({ quotes: { Q3: { token: "t3", updatedAt: 3 } } });
  });
});
