import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

const DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "qp-config-"));

describe("the API's configuration", () => {
  it("keeps twenty PostgreSQL connections an instance unless told otherwise", () => {
    expect(loadConfig({ DATA_DIR }).DATABASE_POOL_SIZE).toBe(20);
    expect(loadConfig({ DATA_DIR, DATABASE_POOL_SIZE: "4" }).DATABASE_POOL_SIZE).toBe(4);
  });

  it("names a pool size that is no count of connections", () => {
    for (const bad of ["0", "-2", "2.5", "many"])
      expect(() => loadConfig({ DATA_DIR, DATABASE_POOL_SIZE: bad })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
