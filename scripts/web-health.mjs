// The web app's own health check, answered by scripts/web-server.mjs before Next sees the request: 200 while the
// instance serves, 503 once it is draining (from SIGTERM until its port closes), so a load balancer takes it out of
// rotation first. It says nothing of the Policy API, which has its own check: a web instance is fine while the API
// is away (its pages say so and keep a person's answers).

export const HEALTH_PATH = "/healthz";

/** `handle` with HEALTH_PATH answered from `state` (GET or HEAD, any query). */
export function withHealth(handle, state) {
  return (req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== HEALTH_PATH || (req.method !== "GET" && req.method !== "HEAD")) return handle(req, res);
    res.writeHead(state.draining ? 503 : 200, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(state.draining ? "draining\n" : "ok\n");
  };
}
