import { z } from "zod";

// Before any schema is built: zod's parser compiler probes `new Function`, which the CSP forbids (and reports).
z.config({ jitless: true });
