// `npm run bench page-weight`: the JavaScript each kind of page downloads over an empty page of the same build, from
// the check in `npm test` (e2e/page-weight.spec.ts), which walks a purchase, an account and the agent console.
import type { PageKind, PageWeight } from "../../e2e/page-weight";
import { kb, WEIGHT_BUDGETS } from "../../e2e/page-weight";
import { chromiumPath, needsBuild } from "./browser";
import type { BenchSection, Figure } from "./figures";
import { runPlaywrightReport } from "./playwright-run";

export const pageWeightSection: BenchSection = {
  name: "page-weight",
  unavailable: async () => needsBuild() ?? (chromiumPath() === undefined ? "no Chromium here." : null),
  run: async () => {
    const measured = runPlaywrightReport<{ kind: PageKind | "floor"; weight: PageWeight }[]>(
      "e2e/page-weight.spec.ts",
      "PAGE_WEIGHT_REPORT",
    );
    const floor = measured[0].weight;
    return measured.flatMap(({ kind, weight }): Figure[] =>
      kind === "floor"
        ? []
        : [
            {
              section: "Page weight (gzip JavaScript over an empty page)",
              name: `${kind === "step" ? "form step" : "page"} ${weight.path.replace(/\/quote\/[^/]+\//, "/quote/<n>/").replace(/\/policies\/[^/]+$/, "/policies/<n>")}`,
              value: kb(weight.bytes - floor.bytes),
              unit: "KB",
              budget: WEIGHT_BUDGETS[kind],
              better: "lower",
              note: `${kb(weight.bytes)} KB; the empty page ${kb(floor.bytes)} KB`,
            },
          ],
    );
  },
};
