// Concurrent load with autocannon (in the bench's process; the API runs in its own).
import autocannon from "autocannon";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
export type LoadResult = { rps: number; p50: number; p99: number; requests: number; failures: number };

/**
 * `connections` clients for `seconds` (or until `amount` requests are answered), spread over `requests` in turn,
 * each request on at most one connection at a time: a request is one person's (their quote), and a person's requests
 * come one after another, so two submits of one quote never meet (they would, rightly, answer 409). Needs at least as
 * many requests as connections.
 */
export async function load(
  url: string,
  requests: LoadRequest[],
  opts: { connections: number; seconds: number } | { connections: number; amount: number },
): Promise<LoadResult> {
  if (requests.length < opts.connections) throw new Error("load: fewer requests than connections");
  const inFlight = new Set<number>();
  let next = 0;
  const take = () => {
    // A request lost without an answer (a timeout) stays marked; after one lap the next is taken anyway.
    for (let lap = 0; lap < requests.length && inFlight.has(next % requests.length); lap++) next++;
    const i = next++ % requests.length;
    inFlight.add(i);
    return i;
  };
  // autocannon hands setupRequest and onResponse the same context object for one request of one connection.
  type Context = { taken?: number };
  const result = await autocannon({
    url,
    connections: opts.connections,
    ...("amount" in opts ? { amount: opts.amount } : { duration: opts.seconds }),
    requests: [
      {
        setupRequest: (req, context: Context) => {
          if (context.taken !== undefined) inFlight.delete(context.taken);
          const i = (context.taken = take());
          const r = requests[i];
          return { ...req, method: r.method, path: r.path, headers: { ...r.headers }, body: r.body };
        },
        onResponse: (_status, _body, context: Context) => {
          if (context.taken !== undefined) inFlight.delete(context.taken);
          context.taken = undefined;
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
