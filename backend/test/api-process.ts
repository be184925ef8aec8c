import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type ApiProcess = {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

/** `npm run backend` as its own process on a free port (the way it runs in production), for tests that kill it. */
export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "qp-api-"));
  const child = spawn(process.execPath, ["--import", "tsx", "backend/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      BACKEND_PORT: "0",
      DATA_DIR: dataDir,
      LINK_SECRET: "x".repeat(40),
      AUTH_RATE_LIMIT: "100000",
      QUOTE_RATE_LIMIT: "100000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const found = /listening on (http:\/\/[\d.]+:\d+)/.exec(log);
      if (found) resolve(found[1]);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`The API exited (${code}) before listening:\n${log}`)));
    setTimeout(() => reject(new Error(`The API did not start in 60 s:\n${log}`)), 60_000).unref();
  });
  return {
    url,
    child,
    output: () => log,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
