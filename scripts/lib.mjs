import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts, env: { ...process.env, ...opts.env } });
  return r.status ?? 1;
}

/** A fresh clone has no node_modules: install exactly what the lockfile says. */
export function ensureDependencies() {
  if (
    existsSync(path.join(root, "node_modules", ".bin", "next")) &&
    existsSync(path.join(root, "node_modules", ".bin", "tsx"))
  )
    return;
  console.log("Installing dependencies (npm ci)…");
  if (run("npm", ["ci", "--no-audit", "--no-fund"]) === 0) return;
  // A registry without other platforms' optional binaries leaves the lockfile incomplete for `npm ci`.
  console.log("npm ci refused the lockfile; installing the locked versions with npm install…");
  if (run("npm", ["install", "--no-audit", "--no-fund"]) !== 0) throw new Error("npm install failed");
}

/** The newest change under `dir`: a file's, or a directory's (a file removed or moved out changes only that). */
function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app unless a build newer than every source file exists; resolves once it is there. */
export async function ensureWebBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const sources = ["app", "components", "lib", "contract", "public"].map((d) => path.join(root, d)).filter(existsSync);
  // Next's root files: proxy (CSP), instrumentation (start-up checks), its config.
  const files = ["package-lock.json", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.mjs"]
    .map((f) => path.join(root, f))
    .filter(existsSync);
  const newest = Math.max(...sources.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newest) return;
  console.log("Building the web app (next build)…");
  const child = spawn(bin("next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error("next build failed");
}

export function portAnswers(port, host = "127.0.0.1", timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export async function waitForUrl(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

export function startProcess(cmd, args, env, label) {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal !== "SIGTERM" && signal !== "SIGINT")
      console.error(`${label} stopped (${code ?? signal}).`);
  });
  return child;
}
