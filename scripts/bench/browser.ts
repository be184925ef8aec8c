import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

/** The flags every bench's Chromium runs with (as the e2e tests'). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH, Debian's /usr/bin/chromium, or null for Playwright's own; undefined when there is none. */
export function chromiumPath(): string | null | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (candidate && existsSync(candidate)) return candidate;
  try {
    if (existsSync(chromium.executablePath())) return null;
  } catch {
    // no Playwright browser installed
  }
  return undefined;
}

export const root = path.resolve(import.meta.dirname, "../..");

/** Why a section that needs the web app built can't run, or null. */
export const needsBuild = () =>
  existsSync(path.join(root, ".next", "BUILD_ID")) ? null : "the web app isn't built (npm run build).";
