// The embedded API and the production web server (scripts/web-server.mjs, as production runs) for the web
// sections of `npm run bench`, each in a process of its own so the measuring process is a third one.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Why the web sections can't run, or null. */
export const webBuildMissing = async () =>
  existsSync(path.join(root, ".next", "BUILD_ID")) ? null : "the web app isn't built: run `npm run build` first";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

// BENCH_PORT=n: the API on n, the web app on n+1 (a machine shared with other checkouts); else free ports.
const ports = async (): Promise<[number, number]> => {
  const base = Number(process.env.BENCH_PORT);
  return base ? [base, base + 1] : [await freePort(), await freePort()];
};

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 1500; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) before answering`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

export type WebStack = { api: string; web: string; webCpuMs(): number; stop(): Promise<void> };

/** CPU time (user + system, every thread) a process has used so far, from /proc; NaN where there is none. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/**
 * A fresh embedded API (PGlite in a temporary directory, limits raised so a bench isn't throttled) and the built
 * web app in production mode in front of it, with the bench's comparison handlers switched on.
 */
export async function startWebStack(): Promise<WebStack> {
  const [apiPort, webPort] = await ports();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
  const quiet = { cwd: root, stdio: ["ignore", "ignore", "inherit"] as ("ignore" | "inherit")[] };
  const api = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["backend/main.ts"], {
    ...quiet,
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      BACKEND_PORT: String(apiPort),
      DATA_DIR: dataDir,
      DATABASE_URL: undefined, // the embedded PGlite, whatever the caller's environment says
      LOG_LEVEL: "warn",
      TRUST_PROXY: "127.0.0.1",
      QUOTE_RATE_LIMIT: "1000000",
      AUTH_RATE_LIMIT: "1000000",
    },
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  // BENCH_WEB_NODE_ARGS: Node flags for the web server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_WEB_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const web = spawn(
    process.execPath,
    [...nodeArgs, "scripts/web-server.mjs", "-H", "127.0.0.1", "-p", String(webPort)],
    {
      ...quiet,
      env: {
        ...process.env,
        NODE_ENV: "production",
        POLICY_API_URL: apiUrl,
        SESSION_SECRET: "bench-session-secret-0123456789abcdef0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
        BENCH_WEB_HANDLERS: "1",
      },
    },
  );
  const stack = {
    api: apiUrl,
    web: webUrl,
    webCpuMs: () => cpuMs(web.pid),
    async stop() {
      await Promise.all([stop(web), stop(api)]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor(`${apiUrl}/api/v3/products/`, api, "The Policy API");
    await waitFor(`${webUrl}/api/v3/products/`, web, "The web app");
  } catch (err) {
    await stack.stop();
    throw err;
  }
  return stack;
}
