// Dev aid (not part of the bench): a Chromium trace of the bench page (CPU 4× slower) split by what the main thread
// did: script, style, layout, paint and other, in thread CPU ms (trace events' tdur, so another process's load adds
// little), for the mount and for one keystroke (the mean of typing KEYS into the first text question). The mount counts
// the tasks between the page's bench-start and bench-mounted marks (its first paint), not the navigation and the
// bundle's evaluation; "every field" counts on to the last paint before the page settled (the same for a renderer
// that mounts everything at once, unless a task of the browser's own came between its first paint and settling).
// `npx tsx scripts/bench/renderer/trace.ts [ours|rjsf|none|react-dom|html ...]`
import path from "node:path";
import { chromium, type CDPSession } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "../browser";
import { buildRendererPage } from "./build-page";
import { oursDom, serve } from "../renderer";

const root = path.resolve(import.meta.dirname, "../../..");
const out = path.join(root, ".bench", "renderer-trace");
const KEYS = "The quick brown fox jumps over";

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number };
type T = { mountMs?: number; settledMs?: number; keystrokeMs: number[] };

const CATEGORY: Record<string, string> = {
  UpdateLayoutTree: "style",
  RecalculateStyles: "style",
  ParseAuthorStyleSheet: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  PaintImage: "paint",
  Layerize: "paint",
  UpdateLayer: "paint",
  UpdateLayerTree: "paint",
  Commit: "paint",
  CompositeLayers: "paint",
  EvaluateScript: "script",
  FunctionCall: "script",
  EventDispatch: "script",
  TimerFire: "script",
  FireAnimationFrame: "script",
  RunMicrotasks: "script",
  "v8.compile": "script",
  "v8.compileModule": "script",
  "v8.evaluateModule": "script",
  "v8.run": "script",
  V8GC: "script",
  MinorGC: "script",
  MajorGC: "script",
  "BlinkGC.AtomicPhase": "script",
  HitTest: "layout",
};

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // Removed at the end: a later recording on the same page would otherwise land in this one's events too.
  const collect = ({ value }: { value: unknown }) => events.push(...(value as TraceEvent[]));
  cdp.on("Tracing.dataCollected", collect);
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: [
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "v8",
        "blink",
        "toplevel",
        "blink.user_timing",
      ],
    },
    transferMode: "ReportEvents",
  });
  await during();
  await cdp.send("Tracing.end");
  await done;
  cdp.off("Tracing.dataCollected", collect);
  return events;
}

/**
 * Self thread-time per category on the page's main thread; a span's self time goes to its nearest categorised span.
 * `untilMs` ends the window that long after bench-start instead of at bench-mounted.
 */
function split(events: TraceEvent[], clock: "tdur" | "dur" = "tdur", untilMs?: number): Record<string, number> {
  const main = events.find(
    (e) => e.name === "thread_name" && (e as unknown as { args: { name: string } }).args.name === "CrRendererMain",
  );
  // Between the page's marks when it set them (the mount), else the whole recording (the keystrokes).
  const from = events.find((e) => e.name === "bench-start")?.ts ?? -Infinity;
  const to =
    untilMs === undefined ? (events.find((e) => e.name === "bench-mounted")?.ts ?? Infinity) : from + untilMs * 1000;
  const spans = events
    .filter((e) => e.ph === "X" && main && e.pid === main.pid && e.tid === main.tid && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const names = new Map<string, number>();
  const totals: Record<string, number> = { script: 0, style: 0, layout: 0, paint: 0, other: 0, task: 0 };
  const stack: { end: number; category: string; child: number; self: number; name: string }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop()!;
      totals[top.category] += Math.max(0, top.self - top.child) / 1000;
      names.set(top.name, (names.get(top.name) ?? 0) + Math.max(0, top.self - top.child) / 1000);
      if (stack.length) stack[stack.length - 1].child += top.self;
    }
  };
  for (const e of spans) {
    close(e.ts);
    const time = (clock === "tdur" ? e.tdur : e.dur) ?? e.dur ?? 0;
    if (!stack.length && e.name === "RunTask") totals.task += time / 1000;
    const category = CATEGORY[e.name] ?? (stack.length ? stack[stack.length - 1].category : "other");
    stack.push({ end: e.ts + (e.dur ?? 0), category, child: 0, self: time, name: e.name });
  }
  close(Infinity);
  if (process.env.TRACE_NAMES)
    console.log(
      [...names]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
        .join("; "),
    );
  return totals;
}

const fmt = (totals: Record<string, number>, per = 1) =>
  Object.entries(totals)
    .map(([k, v]) => `${k} ${(v / per).toFixed(1)}`)
    .join(", ");

await buildRendererPage(out, { minify: true, css: process.env.NO_CSS === undefined });
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: [...CHROMIUM_ARGS, "--allow-file-access-from-files"],
});
// Over HTTP, as the bench loads it: Chrome's autofill reads forms there, not on file:// (TRACE_FILE=1), where a
// keystroke in a long form costs about what one in the floor's box does.
const server = process.env.TRACE_FILE ? null : await serve(out);
const base = server ? server.url : `file://${out}/`;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["none", "ours", "rjsf", "react-dom"];
// Ours' markup once every field is in, for #react-dom (React alone creating it).
const dom = pages.some((p) => p === "react-dom" || p === "html") ? await oursDom(browser, `${base}index.html`) : "";
for (const which of pages) {
  const page = await browser.newPage();
  await page.addInitScript((html) => ((window as unknown as { benchDom: string }).benchDom = html), dom);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.THROTTLE ?? 4) });
  const read = () => page.evaluate(() => (window as unknown as { benchTimings: T }).benchTimings);
  const mount = await record(cdp, async () => {
    await page.goto(`${base}index.html#${which}`);
    // Polled by a timer, not every frame: a check per frame would add script to the mount it measures. Typing
    // starts once every field is in (a long form of ours adds the rest after its first paint).
    await page.waitForFunction(() => (window as unknown as { benchTimings: T }).benchTimings?.settledMs, null, {
      polling: 250,
    });
  });
  const { mountMs, settledMs } = await read();
  const field = page.locator("input[type=text]").first();
  const typing = await field.count();
  if (typing) await field.click();
  await page.waitForTimeout(200);
  const keys = await record(cdp, async () => {
    if (!typing) return;
    // A fixed pause per key rather than polling the page, so the trace holds the keystrokes' work alone.
    for (const key of KEYS) {
      await page.keyboard.press(key === " " ? "Space" : key);
      await page.waitForTimeout(400);
    }
  });
  const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  const p95 = [...(await read()).keystrokeMs].sort((a, b) => a - b)[Math.floor(0.95 * KEYS.length)];
  console.log(
    `${which}: ${nodes} elements; mount ${mountMs!.toFixed(0)} ms wall, every field ${settledMs!.toFixed(0)}, ` +
      `keystroke p95 ${p95?.toFixed(0)} ms wall`,
  );
  console.log(`  mount CPU ms: ${fmt(split(mount))}   (wall: ${fmt(split(mount, "dur"))})`);
  console.log(`  every field CPU ms: ${fmt(split(mount, "tdur", settledMs))}`);
  console.log(
    `  per keystroke CPU ms: ${fmt(split(keys), KEYS.length)}   (wall: ${fmt(split(keys, "dur"), KEYS.length)})`,
  );
  await page.close();
}
await browser.close();
server?.close();
