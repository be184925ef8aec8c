// Concurrent load with autocannon (in the bench's process; the API runs in its own).
import autocannon from "autocannon";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
export type LoadResult = { rps: number; p50: number; p99: number; requests: number; failures: number };

/** `connections` clients for `seconds`, each request the next of `requests` in turn (so load spreads over them). */
export async function load(
  url: string,
  requests: LoadRequest[],
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: [
      {
        setupRequest: (req) => {
          const r = requests[next++ % requests.length];
          return { ...req, method: r.method, path: r.path, headers: { ...r.headers }, body: r.body };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** p-th percentile (0–1) of samples in milliseconds. */
export const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};
