import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { ensureDebianPackage } from "./debian.mjs";

const require = createRequire(import.meta.url);

/** A Playwright-provided Chromium where one is installed; otherwise Debian's, installed here when missing. */
export function findChromium() {
  try {
    const own = require("playwright-core").chromium.executablePath();
    if (own && existsSync(own)) return null; // Playwright finds its own
  } catch {}
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (existsSync(candidate)) return candidate;
  if (ensureDebianPackage("chromium", "/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error(
    "No Chromium found. Install Playwright's browser (npx playwright install chromium) or your system's chromium package.",
  );
}
