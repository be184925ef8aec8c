import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PDFParse } from "pdf-parse";
import { roundRobin } from "../backend/test/round-robin";
import { answer, applyFor, bicycle, bikeAnswers, confirmAndPay, expect, expectBought } from "./fixtures";
import { mainHeading, test, uniqueEmail } from "./fixtures";

// Two API instances and two web app instances over one PostgreSQL database, each pair behind a round-robin
// balancer: a customer buys a policy in Chromium with every request on the other instance from the one before,
// then a supervisor finds it, downloads its certificate and cancels it. Needs PostgreSQL (skipped plainly without).

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const BASE = Number(process.env.E2E_WEB_PORT ?? 3110) + 20;
const SECRET = randomBytes(32).toString("hex");
type Balancer = Awaited<ReturnType<typeof roundRobin>>;

const answers = (port: number, host = "127.0.0.1") =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host }, () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });

async function waitFor(url: string, child: ChildProcess, what: string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (exit ${child.exitCode})`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not start`);
}

/** Resolves once the process has ended (by itself or by a signal). */
const ended = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once("exit", r));

const start = (cmd: string, args: string[], env: Record<string, string>) =>
  spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });

test.describe.configure({ mode: "serial" });
test.describe("two web and two API instances over one PostgreSQL", () => {
  const children: ChildProcess[] = [];
  const apis: ChildProcess[] = [];
  let database = "";
  let databaseUrl = "";
  let api: Balancer;
  let web: Balancer;

  test.beforeAll(async () => {
    test.skip(!(await answers(new URL(SERVER_URL).port ? Number(new URL(SERVER_URL).port) : 5432)), "no PostgreSQL");
    test.setTimeout(240_000);
    database = `qp_e2e_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${database}`;
    databaseUrl = url.href;
    // The first instance migrates and seeds; the second joins a ready database.
    for (const i of [0, 1]) await startApi(i, i === 0);
    api = await roundRobin([`http://127.0.0.1:${BASE + 10}`, `http://127.0.0.1:${BASE + 11}`]);
    const webs = [BASE, BASE + 1];
    for (const port of webs) {
      const args = ["scripts/web-server.mjs", "-H", "127.0.0.1", "-p", String(port)];
      const child = start(process.execPath, args, {
        POLICY_API_URL: api.url,
        SESSION_SECRET: SECRET,
        NODE_ENV: "test",
        DEV_OUTBOX: "1",
        TRUSTED_PROXIES: "127.0.0.1",
        NEXT_TELEMETRY_DISABLED: "1",
      });
      children.push(child);
      await waitFor(`http://127.0.0.1:${port}/`, child, `web app on ${port}`);
    }
    web = await roundRobin(
      webs.map((p) => `http://127.0.0.1:${p}`),
      { asProxy: true },
    );
  });

  /** One process per instance (no npx or tsx wrapper), so stopping it stops the API and its job queue. */
  async function startApi(i: number, seed = false) {
    const port = BASE + 10 + i;
    const env = {
      BACKEND_PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      DATABASE_URL: databaseUrl,
      DATA_DIR: `.test-data/multi-${port}`,
      LINK_SECRET: SECRET,
      SEED_DEMO: seed ? "1" : "0",
    };
    const child = start(process.execPath, ["--import", "tsx", "backend/main.ts"], env);
    children.push(child);
    apis[i] = child;
    await waitFor(`http://127.0.0.1:${port}/api/v3/health/`, child, `API ${i + 1}`);
  }

  test.afterAll(async () => {
    await web?.close();
    await api?.close();
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map(ended));
    if (!database) return;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  test("a purchase alternates instances request by request; staff find, download, cancel it", async ({ browser }) => {
    test.setTimeout(180_000);
    const customer = await browser.newContext({ baseURL: web.url });
    const page = await customer.newPage();
    const n = await applyFor(page, bicycle(uniqueEmail("grace")));
    await confirmAndPay(page);
    await expectBought(page, n);

    // Each balancer sends every request to the other instance from the one before, so each served about half; what
    // matters is that the journey's own calls were among them. A Continue is a POST through the web app and, with the
    // step handoff, an even number of API calls, so strict alternation can put every step's API POST on one
    // instance; the quote's other writes (confirm, payment) land on the other.
    for (const balancer of [web, api]) {
      const counts = [0, 1].map((u) => balancer.served.filter((s) => s.upstream === u).length);
      expect(Math.min(...counts)).toBeGreaterThan(10);
      expect(balancer.served.filter((s) => s.status >= 500)).toEqual([]);
    }
    const writes = (b: Balancer) => b.served.filter((s) => s.method === "POST" && s.path.includes("/api/v3/"));
    expect(new Set(writes(web).map((s) => s.upstream))).toEqual(new Set([0, 1]));
    expect(new Set(writes(api).map((s) => s.upstream))).toEqual(new Set([0, 1]));

    const staff = await (await browser.newContext({ baseURL: web.url })).newPage();
    await staff.goto("/agent");
    await staff.getByLabel("Username").fill("supervisor");
    await staff.getByLabel("Password").fill("supervisor-demo-2026");
    await staff.getByRole("button", { name: "Sign in" }).click();
    await staff.getByLabel("Policy number", { exact: true }).fill(n);
    await staff.getByRole("button", { name: "Search" }).click();
    await expect(staff.getByText("Showing 1–1 of 1")).toBeVisible();
    await staff.getByRole("link", { name: n }).first().click();
    await expect(mainHeading(staff)).toHaveText(`Policy ${n}`);

    const certificate = await staff.request.get(`/api/v3/policy/${n}/coi/`);
    expect(certificate.headers()["content-type"]).toBe("application/pdf");
    expect((await new PDFParse({ data: new Uint8Array(await certificate.body()) }).getText()).text).toContain(n);

    const cancel = staff.getByRole("region", { name: "Cancel the policy", exact: true });
    await cancel.getByRole("button", { name: "Cancel the policy" }).click();
    await cancel.getByLabel("Reason for cancelling").fill("Customer sold the bike");
    await cancel.getByRole("button", { name: "Yes, cancel the policy" }).click();
    await expect(staff.getByText(`Policy ${n} is now Cancelled.`)).toBeVisible();
    expect(web.served.filter((s) => s.status >= 500)).toEqual([]);
    expect(new Set(api.served.map((s) => s.upstream))).toEqual(new Set([0, 1]));
  });

  test("the API stopped mid-journey: the person is told their answers are safe, keeps typing, goes on after", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const started = new Date().toISOString();
    const page = await (await browser.newContext({ baseURL: web.url })).newPage();
    await page.goto("/products/bicycle/apply");
    for (const a of bikeAnswers()) await answer(page, a);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(mainHeading(page)).toHaveText("Your cover");

    // Both API instances stop; the web apps and the balancers stay up.
    for (const child of apis) child.kill("SIGKILL");
    await Promise.all(apis.map(ended));
    await answer(page, { select: "Excess", option: "£100" });
    await page.getByRole("button", { name: "Continue" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Your answers are saved on this device");
    await expect(mainHeading(page)).toHaveText("Your cover");

    // Still typing while it is down; then it comes back and Continue goes on with every answer.
    await answer(page, { choose: "Level of cover", option: "Premium: adds new-for-old and cover for your kit" });
    for (const i of [0, 1]) await startApi(i);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Before you continue" })).toBeVisible();

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const quotes = await db.query("SELECT policy_number, answers FROM policies WHERE created_at >= $1", [started]);
      expect(quotes.rows).toHaveLength(1);
      expect(quotes.rows[0].answers.quote).toMatchObject({ tier: "premium", excess: "100" });
    } finally {
      await db.end();
    }
  });
});
