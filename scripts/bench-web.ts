// The web app for `bench:load --web`: `next start` in front of the API under test, and a browser-like client.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { client, type CallOptions } from "../backend/test/client";

const root = path.resolve(import.meta.dirname, "..");

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** `next start` on a free port with POLICY_API_URL = `apiUrl`; needs a build (`npm run build`). */
export async function startWebApp(apiUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("--web needs the web app built: npm run build");
  const port = await freePort();
  const env = { ...process.env, POLICY_API_URL: apiUrl, SESSION_SECRET: "b".repeat(40), NEXT_TELEMETRY_DISABLED: "1" };
  const bin = path.join(root, "node_modules", ".bin", "next");
  const child: ChildProcess = spawn(bin, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${url}/account/sign-in`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Calls as a browser makes them through the web app: its session cookie, its Origin, and never a token. */
export function browserClient(base: string) {
  const raw = client(base);
  const cookies = new Map<string, string>();
  return async (method: string, p: string, opts: CallOptions = {}) => {
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const headers = { ...opts.headers, origin: base, ...(cookie ? { cookie } : {}) };
    const reply = await raw(method, p, { ...opts, token: undefined, quoteToken: undefined, headers });
    for (const set of reply.headers.getSetCookie()) {
      const [pair] = set.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    return reply;
  };
}
