// Dev aid (not part of the bench): a CPU profile of mounting and typing into the bench page, top self times.
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "../browser";
import { buildRendererPage } from "./build-page";

const root = path.resolve(import.meta.dirname, "../../..");
const out = path.join(root, ".bench", "renderer-profile");
const which = process.argv[2] ?? "ours";
await buildRendererPage(out, { minify: false });
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: [...CHROMIUM_ARGS, "--allow-file-access-from-files"],
});
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await page.goto(`file://${out}/index.html#${which}`);
type T = { mountMs?: number; settledMs?: number; keystrokeMs: number[] };
await page.waitForFunction(() => (window as unknown as { benchTimings: T }).benchTimings?.settledMs);
const mount = await page.evaluate(() => (window as unknown as { benchTimings: T }).benchTimings.mountMs);
const phase = process.argv[3] ?? "mount";
if (phase === "keys") {
  await cdp.send("Profiler.stop");
  await cdp.send("Profiler.start");
  await page.locator("input[type=text]").first().click();
  for (const key of "The quick brown fox jumps over") await page.keyboard.press(key === " " ? "Space" : key);
  await page.waitForTimeout(300);
}
const { profile } = await cdp.send("Profiler.stop");
const keys = await page.evaluate(() => (window as unknown as { benchTimings: T }).benchTimings.keystrokeMs);
const self = new Map<string, number>();
const dt = new Map<number, number>();
profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
for (const node of profile.nodes) {
  const f = node.callFrame;
  const name = `${f.functionName || "(anon)"} ${path.basename(f.url)}:${f.lineNumber}`;
  self.set(name, (self.get(name) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
console.log("mount ms", mount, "keys", keys.map((k) => Math.round(k)).join(","));
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(ms.toFixed(1).padStart(8), name);
await browser.close();
