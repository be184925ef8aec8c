import http from "node:http";

export type Served = { method: string; path: string; upstream: number; status: number };

/**
 * A load balancer in a few lines: each request goes to the next upstream in turn, whatever connection it came on.
 * `served` records each request as it is sent on, in that order, and its status once the reply starts (0 until then);
 * a dead upstream answers 502, as HAProxy would without health checks.
 * `asProxy`: keep the Host the client asked for and add X-Forwarded-For, as a balancer in front of web apps does.
 * Like HAProxy, it keeps a client's idle connection for a minute (not Node's 5 s) and opens a fresh connection to the
 * upstream for each request, so a connection closed by one side while the other reuses it is not its own doing.
 */
export async function roundRobin(upstreams: string[], opts: { asProxy?: boolean } = {}) {
  const served: Served[] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const upstream = next++ % upstreams.length;
    const target = new URL(req.url ?? "/", upstreams[upstream]);
    const entry: Served = { method: req.method ?? "GET", path: req.url ?? "/", upstream, status: 0 };
    served.push(entry);
    const forward = http.request(
      target,
      {
        agent: false,
        method: req.method,
        headers: opts.asProxy
          ? { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "" }
          : { ...req.headers, host: target.host },
      },
      (reply) => {
        entry.status = reply.statusCode ?? 0;
        res.writeHead(reply.statusCode ?? 502, { ...reply.headers, "x-upstream": String(upstream) });
        reply.pipe(res);
      },
    );
    forward.on("error", () => {
      entry.status = 502;
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json", "x-upstream": String(upstream) });
      res.end(JSON.stringify({ detail: "The upstream instance did not answer.", code: "bad_gateway" }));
    });
    req.pipe(forward);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    setUpstreams: (list: string[]) => void upstreams.splice(0, upstreams.length, ...list),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
