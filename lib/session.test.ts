import { describe, expect, it } from "vitest";
import {
  absorbSecrets,
  authFor,
  SESSION_COOKIE,
  sessionOptions,
  SIGN_IN_MAX_AGE_MS,
  type Session,
  type SessionData,
} from "./session";

process.env.SESSION_SECRET ??= "s".repeat(40);

/** A session as iron-session makes it: data plus methods that are not its data. */
function ironLike(data: Partial<SessionData> & Record<string, unknown>) {
  const session = { quotes: {}, ...data } as Session & Record<string, unknown>;
  let destroyed = 0;
  Object.defineProperties(session, {
    save: { value: async () => undefined },
    destroy: { value: () => void (destroyed++, Object.keys(session).forEach((k) => delete session[k])) },
    destroyed: { get: () => destroyed },
  });
  return session;
}

describe("a sign-in starts a new session", () => {
  it("keeps nothing of a planted cookie: no earlier identity, no quote, no other field", () => {
    const planted = ironLike({
      quotes: { ATTACKER1: { token: "attacker-quote", updatedAt: 1 } },
      customer: { token: "attacker-token", email: "mallory@x.test" },
      extra: "from the attacker",
    });
    absorbSecrets(planted, { token: "VICTIM", customer: { email: "victim@x.test" } }, { identity: "customer" });
    expect(planted.destroyed).toBe(1);
    expect({ ...planted }).toEqual({
      quotes: {},
      customer: {
        token: "VICTIM",
        email: "victim@x.test",
        name: undefined,
        expiresAt: undefined,
        since: expect.any(Number),
      },
    });
    expect(authFor(planted, "ATTACKER1")).toEqual({ bearer: "VICTIM" });
  });

  it("a failed sign-in changes nothing", () => {
    const session = ironLike({ customer: { token: "C", since: Date.now() } });
    expect(absorbSecrets(session, { detail: "no", code: "x" }, { identity: "user" })).toBe(false);
    expect(session.destroyed).toBe(0);
  });
});

describe("a sign-in has an absolute lifetime besides the idle one", () => {
  it("stops using a customer's or a user's token once the sign-in is older than the limit, however active", () => {
    const old = Date.now() - SIGN_IN_MAX_AGE_MS - 1;
    expect(authFor({ quotes: {}, customer: { token: "C", since: old } })).toEqual({});
    expect(authFor({ quotes: {}, user: { token: "U", name: "A", permissions: [], since: old } })).toEqual({});
    const recent = { token: "U", name: "A", permissions: [], since: Date.now() - 60_000 };
    expect(authFor({ quotes: {}, user: recent })).toEqual({ bearer: "U" });
  });

  it("stamps every sign-in, the code step's too", () => {
    const session: SessionData = { quotes: {} };
    absorbSecrets(session, { policy_number: "P1", customer_token: "CT" });
    expect(Date.now() - session.customer!.since!).toBeLessThan(5_000);
  });
});

describe("the cookie outside production", () => {
  it("keeps its plain name and follows the request's scheme (http in development and tests)", () => {
    const plain = { cookieName: SESSION_COOKIE, cookieOptions: { secure: false, httpOnly: true } };
    expect(sessionOptions(false)).toMatchObject(plain);
    expect(sessionOptions(true).cookieOptions).toMatchObject({ secure: true });
  });
});
