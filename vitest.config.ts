import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  // Next swaps "server-only" for an empty module on the server; tests run on the server side too.
  resolve: { alias: { "@": root, "server-only": `${root}node_modules/next/dist/compiled/server-only/empty.js` } },
  esbuild: { jsx: "automatic" },
  test: {
    // Vitest's default keeps a core for itself (cores - 1 workers): one worker on a 2-core machine. Its own process
    // is mostly idle, and most files wait on a backend or a database, so a worker per core halves the suite there.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: [
            "contract/**/*.test.ts",
            "lib/**/*.test.ts",
            "app/**/*.test.ts",
            "scripts/**/*.test.ts",
            "e2e/contract-backend/**/*.test.ts",
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "backend",
          environment: "node",
          include: ["backend/**/*.test.ts"],
          // A worker runs its files one after another in one process: Fastify, Drizzle, PGlite's WebAssembly and the
          // PDF fonts load once per worker, not once per file (a third of the suite's CPU time). Backend tests mock no
          // modules and share no state but caches; each file starts (and closes) its own backend.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["components/**/*.test.tsx", "lib/**/*.test.tsx"],
          setupFiles: ["./vitest.setup.dom.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
