import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumPath, root } from "./browser";

/**
 * Runs one Playwright file of e2e/ (with its web servers: E2E_API_PORT and E2E_WEB_PORT as for the tests) and returns
 * the JSON it wrote to the file named by `reportVariable`, or throws with Playwright's last words.
 */
export function runPlaywrightReport<T>(file: string, reportVariable: string, config = "playwright.config.ts"): T {
  const report = path.join(mkdtempSync(path.join(tmpdir(), "bench-")), "report.json");
  const chromium = chromiumPath();
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "playwright"),
    ["test", "-c", config, file, "--project", "chromium", "--reporter", "line", "--trace", "off"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, [reportVariable]: report, ...(chromium ? { CHROMIUM_PATH: chromium } : {}) },
    },
  );
  if (!existsSync(report))
    throw new Error(`${file} wrote no figures:\n${(result.stdout + result.stderr).slice(-2000)}`);
  return JSON.parse(readFileSync(report, "utf8")) as T;
}
