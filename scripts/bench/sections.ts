// The sections of `npm run bench`, in the order they run (each owns its file in scripts/bench/).
import type { BenchSection } from "./figures";
// What the browser downloads and runs (issue 13, items 1–3).
import { lighthouseSection } from "./lighthouse";
import { pageWeightSection } from "./page-weight";
import { rendererSection } from "./renderer";
// The web tier (issue 13, items 4 and 5).
import { stepLatency } from "./step-latency";
import { webTier } from "./web-tier";
// The API (issue 13, items 6 and 7).
import { apiConcurrency } from "./api-concurrency";
import { documents } from "./documents";
import { memory } from "./memory";
import { search1m } from "./search-1m";

export const sections: BenchSection[] = [
  pageWeightSection,
  lighthouseSection,
  rendererSection,
  webTier,
  stepLatency,
  apiConcurrency,
  documents,
  memory,
  search1m,
];
