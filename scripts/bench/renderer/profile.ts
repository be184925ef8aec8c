// Dev aid (not part of the bench): a CPU profile of mounting the bench page (no throttling), or of typing into it,
// self time by module and by function, the mean over several loads.
// `npx tsx scripts/bench/renderer/profile.ts [ours|rjsf|none|react-dom] [mount|keys] [loads] [--react]`
// --react counts only what runs under React's work (its render and commit, and garbage collection), leaving out the
// bundle's evaluation and the bench's own code.
import path from "node:path";
import { readFileSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "../browser";
import { buildRendererPage } from "./build-page";
import { oursDom } from "../renderer";

type T = { mountMs?: number; settledMs?: number; keystrokeMs: number[] };
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };

const root = path.resolve(import.meta.dirname, "../../..");
const out = path.join(root, ".bench", "renderer-profile");
const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const [which = "ours", phase = "mount", loadsArg = "5"] = args;
const reactOnly = process.argv.includes("--react");

await buildRendererPage(out, { minify: false });
// esbuild's unminified bundle opens each module with a `// path` comment: a line's module is the last one above it.
const starts: [number, string][] = [];
readFileSync(path.join(out, "page.js"), "utf8")
  .split("\n")
  .forEach((line, i) => {
    if (/^\/\/ (node_modules|components|lib|contract|scripts)\//.test(line)) starts.push([i, line.slice(3)]);
  });
function moduleAt(line: number): string {
  let found = "(bundle)";
  for (const [start, name] of starts) {
    if (start > line) break;
    found = name;
  }
  return found;
}

const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: [...CHROMIUM_ARGS, "--allow-file-access-from-files"],
});
const settled = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { benchTimings: T }).benchTimings?.settledMs, null, {
    polling: 250,
  });

const dom = which === "react-dom" ? await oursDom(browser, `file://${out}/index.html`) : "";

const byModule = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
const loads = Number(loadsArg);
for (let load = 0; load < loads; load++) {
  const page = await browser.newPage();
  await page.addInitScript((html) => ((window as unknown as { benchDom: string }).benchDom = html), dom);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  if (phase === "mount") await cdp.send("Profiler.start");
  await page.goto(`file://${out}/index.html#${which}`);
  await settled(page);
  if (phase === "keys") {
    await page.locator("input[type=text]").first().click();
    await cdp.send("Profiler.start");
    for (const key of "The quick brown fox jumps over") await page.keyboard.press(key === " " ? "Space" : key);
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map<number, number>();
  profile.samples!.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
  const nodes = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const moduleOf = (node: Node) =>
    node.callFrame.url.endsWith("page.js") ? moduleAt(node.callFrame.lineNumber) : "(browser)";
  const underReact = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (moduleOf(nodes.get(at)!).includes("react-dom-client")) return true;
    return false;
  };
  for (const node of profile.nodes) {
    const { functionName } = node.callFrame;
    const ms = self.get(node.id) ?? 0;
    if (!ms || functionName === "(idle)" || functionName === "(program)") continue;
    if (reactOnly && functionName !== "(garbage collector)" && !underReact(node.id)) continue;
    const module = moduleOf(node).replace(/^node_modules\//, "");
    add(byModule, module, ms / loads);
    add(byFunction, `${functionName || "(anonymous)"} ${module}`, ms / loads);
  }
  await page.close();
}
await browser.close();

const total = [...byModule.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`${which}, ${phase}${reactOnly ? ", under React" : ""}: ${total.toFixed(1)} ms a load (mean of ${loads})`);
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `${ms.toFixed(2).padStart(8)} ${name}`);
console.log(["by module:", ...top(byModule, 25), "by function:", ...top(byFunction, 30)].join("\n"));
