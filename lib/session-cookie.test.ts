import { beforeAll, describe, expect, it } from "vitest";
import { sessionOptions } from "./session";

beforeAll(() => {
  // Read once, on first use: this file's own production environment.
  Object.assign(process.env, { NODE_ENV: "production", SESSION_SECRET: "p".repeat(24) + "0123456789ab" });
});

describe("the cookie in production", () => {
  it("is __Host- prefixed and Secure whatever the proxy in front says", () => {
    for (const proxySaysHttps of [false, true]) {
      const options = sessionOptions(proxySaysHttps);
      expect(options.cookieName).toBe("__Host-qp_session");
      expect(options.cookieOptions).toMatchObject({ secure: true, path: "/", httpOnly: true });
      expect(options.cookieOptions).not.toHaveProperty("domain");
    }
  });
});
