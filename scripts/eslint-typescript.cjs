// typescript-eslint parses with TypeScript's JavaScript API, which TypeScript 7 (the project's `tsc`, a native
// binary) no longer ships. Lint resolves `typescript` to the `typescript-5` alias instead; type-checking stays
// with `tsc`.
const Module = require("node:module");

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "typescript" ? "typescript-5" : request, ...rest);
};
