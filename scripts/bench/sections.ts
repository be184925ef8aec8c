// The sections of `npm run bench`, in the order they run (each owns its file in scripts/bench/).
import type { BenchSection } from "./figures";
// Issue 13, what the browser downloads and runs:
import { lighthouseSection } from "./lighthouse";
import { pageWeightSection } from "./page-weight";
import { rendererSection } from "./renderer";

export const sections: BenchSection[] = [
  // Issue 13, what the browser downloads and runs:
  pageWeightSection,
  lighthouseSection,
  rendererSection,
];
