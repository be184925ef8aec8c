import { writeFileSync } from "node:fs";
import type { Browser, BrowserContext } from "@playwright/test";
import { MainThreadTasks } from "lighthouse/core/lib/tracehouse/main-thread-tasks.js";
import { TraceProcessor } from "lighthouse/core/lib/tracehouse/trace-processor.js";
import { applyFor, bicycle, confirmAndPay, expect, expectBought, mainHeading, test, uniqueEmail } from "./fixtures";

// A profiling aid for the Lighthouse section (not a figure of `npm run bench`): what the main thread does while each
// of Lighthouse's pages loads, from a Chromium trace, grouped as Lighthouse's "main-thread work breakdown" groups
// them. Thread time (CPU) beside wall time, since the machine is shared: `tdur` is what the renderer really spent.
// MAIN_THREAD_RUNS=<n> loads of each page (median), MAIN_THREAD_REPORT=<file> gets the JSON,
// MAIN_THREAD_TRACE_DIR=<dir> keeps the traces.

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.stack",
  "v8.execute",
  "v8",
  "disabled-by-default-v8.compile",
  "blink.user_timing",
  "loading",
  "toplevel",
  "__metadata",
];
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number };
type Task = {
  event: TraceEvent;
  parent?: Task;
  children: Task[];
  startTime: number;
  duration: number;
  selfTime: number;
  attributableURLs: string[];
  group: { id: string };
};

export type MainThreadFigures = {
  page: string;
  /** Medians over the runs, in ms. */
  wallMs: number;
  cpuMs: number;
  /** Lighthouse's simulated blocking time, roughly: Σ max(0, 4 × a top-level task's thread time − 50) after FCP. */
  blocking4xMs: number;
  groups: Record<string, number>;
  longTasks: { ms: number; cpuMs: number; url: string }[];
}[];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, "").slice(0, 70);

async function profileOnce(browser: Browser, context: BrowserContext, url: string, traceFile?: string) {
  const page = await context.newPage();
  // Lighthouse's mobile screen.
  await page.setViewportSize({ width: 412, height: 823 });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  const buffer = await browser.stopTracing();
  await page.close();
  if (traceFile) writeFileSync(traceFile, buffer);
  const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  const processed = TraceProcessor.processTrace(trace as any) as any;
  const navigation = TraceProcessor.processNavigation(processed);
  const fcp = navigation.timestamps.firstContentfulPaint ?? processed.timestamps.timeOrigin;
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  ) as unknown as Task[];
  const groups: Record<string, number> = {};
  for (const t of tasks) groups[t.group.id] = (groups[t.group.id] ?? 0) + t.selfTime;
  const top = tasks.filter((t) => !t.parent);
  const cpu = (t: Task) => (t.event.tdur ?? t.event.dur ?? 0) / 1000;
  const fcpMs = (fcp - processed.timestamps.timeOrigin) / 1000;
  return {
    wallMs: top.reduce((s, t) => s + t.duration, 0),
    cpuMs: top.reduce((s, t) => s + cpu(t), 0),
    blocking4xMs: top.filter((t) => t.startTime >= fcpMs).reduce((s, t) => s + Math.max(0, 4 * cpu(t) - 50), 0),
    groups,
    // Long tasks as Lighthouse's simulation would see them: 4 × thread time over 50 ms.
    longTasks: top
      .filter((t) => 4 * cpu(t) > 50)
      .map((t) => ({ ms: Math.round(t.duration), cpuMs: Math.round(cpu(t)), url: short(t.attributableURLs[0] ?? "") })),
  };
}

test("Main-thread work while each of Lighthouse's pages loads", async ({ page, browser, baseURL }) => {
  const runs = Number(process.env.MAIN_THREAD_RUNS ?? 3);
  const only = process.env.MAIN_THREAD_PAGES?.split(",");
  const figures: MainThreadFigures = [];
  const profile = async (name: string, path: string, context: BrowserContext) => {
    if (only && !only.includes(name)) return;
    const results: Awaited<ReturnType<typeof profileOnce>>[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = process.env.MAIN_THREAD_TRACE_DIR;
      results.push(
        await profileOnce(browser, context, `${baseURL}${path}`, dir && `${dir}/${name.replace(/ /g, "-")}-${i}.json`),
      );
    }
    const ids = [...new Set(results.flatMap((r) => Object.keys(r.groups)))];
    const byCpu = [...results].sort((a, b) => a.cpuMs - b.cpuMs);
    figures.push({
      page: name,
      wallMs: Math.round(median(results.map((r) => r.wallMs))),
      cpuMs: Math.round(median(results.map((r) => r.cpuMs))),
      blocking4xMs: Math.round(median(results.map((r) => r.blocking4xMs))),
      groups: Object.fromEntries(ids.map((id) => [id, Math.round(median(results.map((r) => r.groups[id] ?? 0)))])),
      longTasks: byCpu[Math.floor(byCpu.length / 2)].longTasks,
    });
    console.log(JSON.stringify(figures.at(-1)));
  };
  const anonymous = await browser.newContext();
  await profile("empty page", "/bench/empty", anonymous);
  await profile("intro", "/products/bicycle", anonymous);
  let step = "";
  const n = await applyFor(page, bicycle(uniqueEmail("main-thread")), {
    onStep: async (s, p, phase) => {
      if (!step && phase === "before" && s.kind === "form") step = new URL(p.url()).pathname;
    },
  });
  await profile("a form step", step, page.context());
  await profile("review", `/quote/${n}/review`, page.context());
  await confirmAndPay(page);
  await expectBought(page, n);
  await profile("done", `/quote/${n}/done`, page.context());
  const agent = await browser.newContext();
  const agentPage = await agent.newPage();
  await agentPage.goto("/agent/sign-in");
  await agentPage.getByLabel("Username").fill("supervisor");
  await agentPage.getByLabel("Password").fill("supervisor-demo-2026");
  await agentPage.getByRole("button", { name: "Sign in" }).click();
  await expect(mainHeading(agentPage)).toBeVisible();
  await profile("agent policy", `/agent/policies/${n}`, agent);
  if (process.env.MAIN_THREAD_REPORT) writeFileSync(process.env.MAIN_THREAD_REPORT, JSON.stringify(figures));
});
