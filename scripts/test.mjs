// `npm test`: lint, then every test. Unit, component and API tests (vitest, backend on embedded PGlite), the same API
// tests on PostgreSQL when a server is there, then the end-to-end suite in a real Chromium.
import { existsSync, readFileSync, readdirSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ensureDependencies, ensureWebBuild, bin, run, portAnswers, root } from "./lib.mjs";
import { findChromium } from "./chromium.mjs";
import { ensureDebianPackage } from "./debian.mjs";

const only = process.argv[2]; // optional: lint | unit | pg | e2e
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
// How long each suite took, printed at the end: the whole run has a budget (README), and this shows where it goes.
const timings = [];
const started = Date.now();
async function timed(label, fn) {
  const t0 = Date.now();
  const result = await fn();
  timings.push(`${label} ${Math.round((Date.now() - t0) / 1000)} s`);
  return result;
}
const resultsDir = path.join(root, ".test-results");
mkdirSync(resultsDir, { recursive: true });

ensureDependencies();

function vitest(label, args = [], env = {}) {
  const out = path.join(resultsDir, `${label}.json`);
  const code = run(
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...args],
    { env },
  );
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
  if (code !== 0) failures.push(label);
}

/** backend/ test files that start a backend or open a database (directly or through the test harness). */
function databaseTestFiles() {
  const opensDatabase =
    /startBackend|startInstance|openDatabase|TEST_DATABASE_URL|test\/harness|api-process|startCluster/;
  return readdirSync(path.join(root, "backend"), { recursive: true })
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => path.join("backend", f))
    .filter((f) => opensDatabase.test(readFileSync(path.join(root, f), "utf8")))
    .sort();
}

// ESLint keeps one core busy; on the full run, next build (needed only by the e2e suite) takes the other meanwhile.
// It is awaited before the tests start, which want every core.
const build = !only
  ? timed("build (alongside lint)", () => ensureWebBuild()).then(
      () => null,
      (e) => e,
    )
  : null;

if (!only || only === "lint") {
  console.log("Lint: ESLint over the repository (npm run lint)");
  if ((await timed("lint", () => run("npm", ["run", "--silent", "lint"]))) !== 0) failures.push("lint");
}
const buildError = await build;

if (!only || only === "unit") await timed("unit", () => vitest("vitest"));

if (!only || only === "pg") {
  const url =
    process.env.TEST_DATABASE_URL ?? ((await portAnswers(5432)) ? "postgres://postgres@127.0.0.1:5432/test" : null);
  if (url) {
    // backend/ includes backend/scale/: several instances, pg-boss jobs, SIGKILL and PostgreSQL-restart faults.
    const where = url.replace(/\/\/[^@]*@/, "//");
    console.log(`\nPostgreSQL suite: the API tests again, with the multi-instance and fault tests, on ${where}`);
    // The shipped load balancer configuration is tested with the real HAProxy, installed like Chromium when missing.
    if (!process.env.HAPROXY_BIN && !ensureDebianPackage("haproxy", "/usr/sbin/haproxy")) {
      console.log("HAProxy is not installed and can't be installed here: its test will say it is skipped.");
    }
    // Only the files that open a database: pure logic (pricing, refunds, PDFs) gives the same answer on either.
    const files = databaseTestFiles();
    console.log(`${files.length} test files under backend/ open a database; they run again here.`);
    await timed("postgres", () => vitest("postgres", ["--project", "backend", ...files], { TEST_DATABASE_URL: url }));
  } else {
    console.log(
      "\nSkipped the PostgreSQL suite: TEST_DATABASE_URL is not set and no server answers on 127.0.0.1:5432.",
    );
  }
}

if (!only || only === "e2e") {
  const chromium = findChromium();
  if (buildError) throw buildError;
  if (!build) await timed("build", () => ensureWebBuild());
  const out = path.join(resultsDir, "playwright.json");
  const code = await timed("e2e", () =>
    run(bin("playwright"), ["test"], { env: { CHROMIUM_PATH: chromium ?? "", PLAYWRIGHT_JSON_OUTPUT_NAME: out } }),
  );
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, "utf8")).stats ?? {};
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    totals.failed += s.unexpected ?? 0;
    totals.skipped += s.skipped ?? 0;
  }
  if (code !== 0) failures.push("e2e");
}

console.log(`\n${failures.length ? `Failed: ${failures.join(", ")}` : "All suites passed."}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
console.log(`Took ${Math.round((Date.now() - started) / 1000)} s: ${timings.join(", ")}`);
process.exit(failures.length ? 1 : 0);
