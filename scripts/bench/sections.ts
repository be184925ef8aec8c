// The sections of `npm run bench`, in the order they run (each owns its file in scripts/bench/).
import type { BenchSection } from "./figures";
// The web tier (issue 13, items 4 and 5).
import { stepLatency } from "./step-latency";
import { webTier } from "./web-tier";

export const sections: BenchSection[] = [
  // The web tier (issue 13, items 4 and 5).
  webTier,
  stepLatency,
];
