import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster } from "../test/harness";
import { applicant, completeSteps, pay } from "../test/journeys";
import { client, type CallOptions } from "../test/client";

// deploy/haproxy.cfg as shipped, with Debian's haproxy (or HAPROXY_BIN), over two instances and one PostgreSQL.
const serverUrl = process.env.TEST_DATABASE_URL;
const haproxy =
  process.env.HAPROXY_BIN ||
  (() => {
    try {
      return execFileSync("sh", ["-c", "command -v haproxy"]).toString().trim() || null;
    } catch {
      return null;
    }
  })();
if (!serverUrl || !haproxy)
  console.warn("Skipped the HAProxy test: it needs TEST_DATABASE_URL and haproxy (apt-get install haproxy).");

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe.skipIf(!serverUrl || !haproxy)("HAProxy with deploy/haproxy.cfg in front of two API instances", () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let lb: ChildProcess;
  let base: string;
  beforeAll(async () => {
    cluster = await startCluster(serverUrl!, 2);
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const [api1, api2] = cluster.instances.map((i) => new URL(i.url).host);
    const env = {
      ...process.env,
      API_BIND: `127.0.0.1:${apiPort}`,
      WEB_BIND: `127.0.0.1:${webPort}`,
      API1: api1,
      API2: api2,
      WEB1: api1,
      WEB2: api2,
    };
    lb = spawn(haproxy!, ["-db", "-f", path.resolve("deploy/haproxy.cfg")], { env, stdio: "ignore" });
    base = `http://127.0.0.1:${apiPort}`;
    const ready = () =>
      fetch(`${base}/api/v3/health/ready/`).then(
        (r) => r.status === 200,
        () => false,
      );
    for (let i = 0; i < 100 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 200));
  });
  afterAll(async () => {
    lb?.kill("SIGTERM");
    await cluster?.close();
  });

  it("alternates a purchase's requests between instances, and loses none when one of them goes away", async () => {
    const served: string[] = [];
    const call = async (method: string, p: string, opts?: CallOptions) => {
      const reply = await client(base)(method, p, opts);
      served.push(reply.headers.get("x-served-by") ?? "?");
      return reply;
    };
    const a = applicant(base, "bicycle", call);
    await completeSteps(base, a, "bicycle");
    expect(served.length).toBeGreaterThanOrEqual(3);
    served.forEach((s, i) => expect(s).toBe(served[i % 2]));
    expect(new Set(served)).toEqual(new Set(["api1", "api2"]));

    await cluster.instances[1].close();
    cluster.instances.splice(1, 1);
    const paid = await pay(base, a);
    expect(paid.location.searchParams.get("payment")).toBe("succeeded");
    const after = await Promise.all(Array.from({ length: 20 }, () => a.get(`/api/v3/policy/${a.state.policyNumber}/`)));
    expect(after.map((r) => r.status)).toEqual(after.map(() => 200));
  });
});
