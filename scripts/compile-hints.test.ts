import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMPILE_HINT, addCompileHints } from "./compile-hints.mjs";

function build(rootMainFiles: string[]) {
  const dist = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ rootMainFiles }));
  for (const file of ["static/chunks/framework.js", "static/chunks/page.js"])
    writeFileSync(path.join(dist, file), `(globalThis.TURBOPACK||=[]).push(["${file}"]);`);
  return dist;
}

describe("addCompileHints", () => {
  it("marks the framework chunks once and leaves page chunks lazy", () => {
    const dist = build(["static/chunks/framework.js", "static/chunks/missing.js"]);
    expect(addCompileHints(dist)).toEqual(["static/chunks/framework.js"]);
    expect(addCompileHints(dist)).toEqual([]);
    const framework = readFileSync(path.join(dist, "static/chunks/framework.js"), "utf8");
    expect(framework.startsWith(COMPILE_HINT)).toBe(true);
    expect(framework.indexOf(COMPILE_HINT, 1)).toBe(-1);
    expect(readFileSync(path.join(dist, "static/chunks/page.js"), "utf8")).not.toContain(COMPILE_HINT);
  });

  it("does nothing without a build", () => {
    expect(addCompileHints(mkdtempSync(path.join(tmpdir(), "no-build-")))).toEqual([]);
  });
});
