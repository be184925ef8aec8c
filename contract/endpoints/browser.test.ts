import { describe, expect, it } from "vitest";
import { browserEndpoints } from "./browser";
import { endpoints } from "./index";

describe("the browser's copy of the endpoint paths", () => {
  it.each(Object.entries(browserEndpoints))("%s has the table's path", (name, { path }) => {
    expect(path).toBe(endpoints[name as keyof typeof browserEndpoints].path);
  });
});
