// Before any schema is built: zod's parser compiler probes `new Function`, which the CSP forbids (and reports). zod
// (4.x) keeps its settings in this global and adopts an object already there, so setting it needs no zod code at all:
// importing even zod's core here put its utilities in every page's JavaScript, pages that never parse anything.
const zod = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
(zod.__zod_globalConfig ??= {}).jitless = true;
