import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf, sourceFiles, topLevelFiles, type Import } from "./import-graph";

const root = fileURLToPath(new URL("..", import.meta.url));
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith("backend/test/");
const under = (dir: string) => (p: string) => p === dir || p.startsWith(`${dir}/`);
const pkg = (name: string) => (p: string) => p === name || p.startsWith(`${name}/`);
const fastify = (p: string) => pkg("fastify")(p) || p.startsWith("@fastify/");

/** Code that builds the app and may touch any layer. */
const WIRING = [
  "backend/main.ts",
  "backend/server.ts",
  "backend/create-context.ts",
  "backend/demo",
  "backend/jobs/start.ts",
  "backend/adapters/file-store/open.ts",
];
const isWiring = (file: string) => isTest(file) || WIRING.some((w) => under(w)(file));

type Rule = { name: string; files: (file: string) => boolean; refuse: (i: Import) => boolean };

const RULES: Rule[] = [
  {
    name: "domain never imports routes, http, Fastify or Drizzle",
    files: (f) => under("backend/domain")(f) && !isTest(f),
    refuse: ({ to }) =>
      under("backend/routes")(to) || under("backend/http")(to) || fastify(to) || pkg("drizzle-orm")(to),
  },
  {
    name: "domain uses storage only through its interfaces (type imports), never the schema or the database",
    files: (f) => under("backend/domain")(f) && !isTest(f),
    refuse: ({ to, typeOnly }) =>
      under("backend/storage")(to) && (!typeOnly || to === "backend/storage/schema" || to === "backend/storage/db"),
  },
  {
    name: "storage is opened only by storage itself and the wiring code",
    files: (f) => under("backend")(f) && !under("backend/storage")(f) && !isWiring(f),
    refuse: ({ to, typeOnly }) => under("backend/storage")(to) && !typeOnly,
  },
  {
    name: "queries are written only in storage (Drizzle is imported nowhere else)",
    files: (f) => under("backend")(f) && !under("backend/storage")(f) && !isWiring(f),
    refuse: ({ to }) => pkg("drizzle-orm")(to),
  },
  {
    name: "domain reaches outside systems only through the context (type imports from adapters)",
    files: (f) => under("backend/domain")(f) && !isTest(f),
    refuse: ({ to, typeOnly }) => under("backend/adapters")(to) && !typeOnly,
  },
  {
    // Tests that run the web proxy against a real API may start one; the app's own code never reaches it.
    name: "the web app never imports the backend",
    files: (f) => (["app", "components", "lib"].some((d) => under(d)(f)) || !f.includes("/")) && !isTest(f),
    refuse: ({ to }) => under("backend")(to),
  },
  {
    name: "the contract imports neither side",
    files: under("contract"),
    refuse: ({ to }) => ["backend", "app", "components", "lib"].some((d) => under(d)(to)),
  },
];

/**
 * Imports that break a rule but are let through while a move is under way (none today). The list must match
 * exactly, so a new breach fails and so does a fixed one until it is taken off here.
 */
const PENDING: Record<string, string[]> = {};

const files = ["backend", "app", "components", "lib", "contract"].flatMap((d) => sourceFiles(root, d));
const topLevel = topLevelFiles(root);

describe("import boundaries", () => {
  it("domain queries only through its stores, never the database handle", () => {
    const domain = files.filter((f) => under("backend/domain")(f) && !isTest(f));
    const touching = domain.filter((f) => /\bctx\.db\b/.test(readFileSync(path.join(root, f), "utf8")));
    expect(touching).toEqual([]);
  });
  for (const rule of RULES) {
    it(rule.name, () => {
      const breaking = [...files, ...topLevel]
        .filter(rule.files)
        .flatMap((f) => importsOf(root, f))
        .filter(rule.refuse)
        .map((i) => `${i.from} → ${i.to}`);
      expect(breaking).toEqual(PENDING[rule.name] ?? []);
    });
  }
});
