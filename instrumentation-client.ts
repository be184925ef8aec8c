import { config } from "zod/v4/core";

// Before any schema is built: zod's parser compiler probes `new Function`, which the CSP forbids (and reports). Only
// zod's small core is imported here, so zod itself stays out of pages that never load it.
config({ jitless: true });
