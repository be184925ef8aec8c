import { afterEach, describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

afterEach(() => {
  delete process.env.WEB_CLIENT_ADDRESS_CHECKED;
});

describe("clientAddressOf", () => {
  it("reads the address the web server wrote", () => {
    process.env.WEB_CLIENT_ADDRESS_CHECKED = "1";
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBeUndefined();
  });

  it("believes nothing when the app runs without that server (a browser could have written the header)", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeUndefined();
  });
});
