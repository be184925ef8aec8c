// Node flags for the Policy API process, wherever it is started (`npm start`, `npm run backend`, the bench).
//
// V8 lets the old generation grow to a multiple of what survived the last full collection before it collects again,
// and that multiple rises with the heap's ceiling: with Node's default ceiling on a machine with this much memory
// (about 4 GB) it is up to 4, so under 50 clients the API's ~50 MB of live objects saw its heap swing to ~200 MB
// between full collections (the RSS read after the bench's load fell anywhere on that saw). A 512 MB ceiling (ten
// times what the API keeps) brings the multiple down to about 1.4; a heap that needs more is a fault to restart on.
export const API_NODE_FLAGS = ["--max-old-space-size=512"];

/** NODE_OPTIONS for a process that starts the API through a wrapper (tsx), keeping the caller's own options. */
export const apiNodeOptions = (existing = process.env.NODE_OPTIONS) =>
  [existing, ...API_NODE_FLAGS].filter(Boolean).join(" ");
