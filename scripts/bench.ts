// `npm run bench [section…] [--strict]`: every speed, size and memory figure beside its budget, measured side by side
// in one run on this machine. Sections live in scripts/bench/; each says plainly when it can't run here and why.
import { formatFigures, withinBudget, type BenchSection, type Figure } from "./bench/figures";
import { sections } from "./bench/sections";

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const chosen: BenchSection[] = wanted.length ? sections.filter((s) => wanted.includes(s.name)) : sections;
const figures: Figure[] = [];
const skipped: string[] = [];

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
const over = figures.filter((f) => !withinBudget(f));
console.log(over.length ? `\n${over.length} figure(s) over budget.` : "\nEvery figure is within its budget.");
if (process.argv.includes("--strict") && over.length) process.exit(1);
