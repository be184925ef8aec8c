// `npm run bench lighthouse`: Lighthouse 12 (mobile, simulated throttling) on the empty page, the intro, a form step,
// the review, the done page and an agent page, through e2e/lighthouse.bench.ts (it walks a purchase for them).
import type { LighthouseFigures } from "../../e2e/lighthouse.bench";
import { chromiumPath, needsBuild } from "./browser";
import type { BenchSection, Figure } from "./figures";
import { runPlaywrightReport } from "./playwright-run";

export const lighthouseSection: BenchSection = {
  name: "lighthouse",
  unavailable: async () =>
    needsBuild() ?? (chromiumPath() ? null : "Lighthouse needs a Chromium at CHROMIUM_PATH or /usr/bin/chromium."),
  run: async () => {
    const pages = runPlaywrightReport<LighthouseFigures>(
      "e2e/lighthouse.bench.ts",
      "LIGHTHOUSE_REPORT",
      "playwright.bench.config.ts",
    );
    const empty = pages[0];
    const section = `Lighthouse (mobile, simulated throttling, median of ${process.env.LIGHTHOUSE_RUNS ?? 5} runs)`;
    return pages.slice(1).flatMap((p): Figure[] => {
      const note = p.failing.length ? `failing: ${p.failing.join(", ")}` : undefined;
      const score = (name: string, value: number, budget: number): Figure => ({
        section,
        name: `${p.page}: ${name}`,
        value,
        unit: "",
        budget,
        better: "higher",
        note,
      });
      return [
        score("performance", p.performance, 95),
        score("accessibility", p.accessibility, 100),
        score("best practices", p.bestPractices, 100),
        {
          section,
          name: `${p.page}: total blocking time`,
          value: p.tbtMs,
          unit: "ms",
          budget: empty.tbtMs + 50,
          better: "lower",
          note:
            `runs ${p.tbtRunsMs.join(", ")} ms; the empty page's ${empty.tbtMs} ms + 50 ` +
            `(its runs ${empty.tbtRunsMs.join(", ")} ms, performance score ${empty.performance})`,
        },
      ];
    });
  },
};
