import { describe, expect, it } from "vitest";
import { proxiedPath } from "./attachment-links";

describe("proxiedPath", () => {
  it("keeps API paths, relative or on the backend's host", () => {
    expect(proxiedPath("/api/v3/policy/AB12/attachment/get/r1/")).toBe("/api/v3/policy/AB12/attachment/get/r1/");
    expect(proxiedPath("http://127.0.0.1:4010/api/v1/policy/AB12/attachment/thumbnail/r1/?s=1")).toBe(
      "/api/v1/policy/AB12/attachment/thumbnail/r1/?s=1",
    );
  });

  it("drops anything that isn't an API path", () => {
    expect(proxiedPath("javascript:alert(1)")).toBeNull();
    expect(proxiedPath("https://elsewhere.example/file.pdf")).toBeNull();
    expect(proxiedPath(undefined)).toBeNull();
    expect(proxiedPath("")).toBeNull();
  });
});
