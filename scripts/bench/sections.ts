// The sections of `npm run bench`, in the order they run (each owns its file in scripts/bench/).
import type { BenchSection } from "./figures";

export const sections: BenchSection[] = [];
