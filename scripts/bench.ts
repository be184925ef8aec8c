// `npm run bench [section…] [--strict] [--markdown=<file>]`: every speed, size and memory figure beside its budget,
// measured side by side in one run on this machine. Sections live in scripts/bench/; each says when it can't run.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { formatFigures, markdownFigures, withinBudget, type BenchSection, type Figure } from "./bench/figures";
import { referenceWorkMs, stealMeter } from "./bench/machine";
import { sections } from "./bench/sections";
import { ensureWebBuild } from "./lib.mjs";

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const chosen: BenchSection[] = wanted.length ? sections.filter((s) => wanted.includes(s.name)) : sections;
const figures: Figure[] = [];

// The web sections serve .next as it stands: build it first when a source is newer, as `npm test` does.
await ensureWebBuild();
const skipped: string[] = [];
const stolen = stealMeter();
const workBefore = referenceWorkMs();

for (const section of chosen) {
  const why = (await section.unavailable?.()) ?? null;
  if (why) {
    skipped.push(`${section.name}: ${why}`);
    continue;
  }
  console.log(`\n— ${section.name} —`);
  const found = await section.run();
  console.log(formatFigures(found));
  figures.push(...found);
}

console.log(`\n=== npm run bench: ${figures.length} figures ===\n${formatFigures(figures)}`);
for (const s of skipped) console.log(`skipped ${s}`);
const workAfter = referenceWorkMs();
const steal = stolen();
// Read the figures against the machine they ran on: the reference work took 150–320 ms on the morning of 3 December,
// when the API served less than half the requests a second it had the evening before.
const machine =
  `Machine: the reference work (scripts/bench/machine.ts) took ${Math.round(workBefore)} ms before the sections ` +
  `and ${Math.round(workAfter)} ms after` +
  (steal === null ? "." : `; the host took ${(steal * 100).toFixed(1)}% of this machine's CPU time (steal).`);
console.log(`\n${machine}`);
const over = figures.filter((f) => !withinBudget(f));
console.log(over.length ? `\n${over.length} figure(s) over budget.` : "\nEvery figure is within its budget.");
const markdown = process.argv.find((a) => a.startsWith("--markdown="))?.slice("--markdown=".length);
if (markdown) {
  const [load] = os.loadavg();
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const cores = `${os.cpus().length} cores, load average ${load.toFixed(1)} at the end`;
  writeFileSync(markdown, `Measured ${when} UTC (${cores}). ${machine}\n\n${markdownFigures(figures)}\n`);
}
if (process.argv.includes("--strict") && over.length) process.exit(1);
