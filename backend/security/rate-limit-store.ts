import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { AppContext } from "../context";

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = Parameters<FastifyRateLimitStore["child"]>[0];
type RouteInfo = { routeInfo?: { method?: string | string[]; url?: string } };

/** A route's own limit counts under its own keys. */
const routePrefix = (routeOptions: RouteOptions) => {
  const route = (routeOptions as RouteInfo).routeInfo;
  return `rl:${route?.method ?? ""} ${route?.url ?? ""}:`;
};

/**
 * Makes room for one more window within `maxKeys`: ended windows go first (those `done` with), then the oldest.
 */
function makeRoom<W extends { resetsAt: number }>(
  windows: Map<string, W>,
  now: number,
  maxKeys: number,
  done: (w: W) => boolean = () => true,
): void {
  for (const [id, w] of windows) if (w.resetsAt <= now && done(w)) windows.delete(id);
  for (const id of windows.keys()) {
    if (windows.size < maxKeys) break;
    windows.delete(id);
  }
}

/** One key's window as this instance sees it. */
type SharedWindow = {
  id: string;
  windowMs: number;
  resetsAt: number;
  /** Whether `resetsAt` and `shared` came from the database yet (before that the window is this instance's guess). */
  synced: boolean;
  /** The database's count when it last answered. */
  shared: number;
  /** Hits sent to the database, not yet answered. */
  sending: number;
  /** Hits counted here, not yet sent. */
  pending: number;
  /** When (performance.now()) the database last answered for this window. */
  answeredAt: number;
  /** Requests waiting for the database's count, while one is asked for. */
  waiting: Array<(error: Error | null) => void> | null;
};

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL (`rate_counters`) rather than in one process's memory,
 * so every API instance over the same database shares each limit, in fixed windows as the plugin counts in Redis.
 *
 * A statement on every request was a third of a quote step's database work, so while a key is busy here its requests
 * are counted at once and written every `flushMs`, every key's hits in one upsert whose answer brings in the other
 * instances' counts. A key's first request, or its first after `2 × flushMs` without an answer, waits for its own
 * upsert instead, so no instance decides on a count older than `2 × flushMs`: a limit can miss only what the other
 * instances took in that time.
 */
export function databaseStore(ctx: AppContext, { flushMs = 50, maxKeys = 100_000, onError = (_e: Error) => {} } = {}) {
  const windows = new Map<string, SharedWindow>();
  /** The windows with hits not yet sent. */
  const dirty = new Set<SharedWindow>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  const adopt = (w: SharedWindow, answer: { hits: number; resetsAt: string }) => {
    if (windows.get(w.id) !== w) return; // that window has ended here; a new one counts on
    const resetsAt = Date.parse(answer.resetsAt);
    // Answers can arrive out of order; within one window the count only grows.
    w.shared = w.synced && resetsAt === w.resetsAt ? Math.max(w.shared, answer.hits) : answer.hits;
    w.resetsAt = resetsAt;
    w.synced = true;
    w.answeredAt = performance.now();
  };

  const send = async (batch: SharedWindow[], hits: number[], now: Date) => {
    batch.forEach((w, i) => (w.sending += hits[i]));
    try {
      const counts = batch.map((w, i) => ({ key: w.id, hits: hits[i], windowMs: w.windowMs }));
      const answers = new Map((await ctx.stores.rateCounters.add(counts, now.toISOString())).map((a) => [a.key, a]));
      batch.forEach((w, i) => {
        w.sending -= hits[i];
        const answer = answers.get(w.id);
        if (answer) adopt(w, answer);
      });
    } catch (e) {
      batch.forEach((w, i) => {
        w.sending -= hits[i];
        w.pending += hits[i];
        dirty.add(w);
      });
      throw e;
    }
  };

  const flush = async () => {
    timer = null;
    const now = ctx.now();
    // A window that ended before its hits were sent has nothing left to limit.
    const batch = [...dirty].filter((w) => w.resetsAt > now.getTime()).sort((a, b) => (a.id < b.id ? -1 : 1));
    const hits = batch.map((w) => w.pending);
    for (const w of dirty) w.pending = 0;
    dirty.clear();
    await send(batch, hits, now).catch((e: Error) => {
      onError(e);
      schedule();
    });
  };

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => (flushing = flush()), flushMs);
    timer.unref();
  };

  return {
    /** Sends what is counted but unsent and stops the timer: before the database closes. */
    async close() {
      if (timer) clearTimeout(timer);
      await flushing;
      await flush();
      if (timer) clearTimeout(timer);
      timer = null;
    },
    Store: class DatabaseStore implements FastifyRateLimitStore {
      constructor(
        _options: unknown,
        private readonly prefix = "rl:",
      ) {}

      incr(key: string, cb: Callback, timeWindow: number) {
        const now = ctx.now();
        const ttl = (window: SharedWindow) => Math.max(0, window.resetsAt - now.getTime());
        const id = `${this.prefix}${key}`;
        let w = windows.get(id);
        if (!w || w.resetsAt <= now.getTime()) {
          windows.delete(id);
          if (windows.size >= maxKeys)
            makeRoom(windows, now.getTime(), maxKeys, (old) => old.pending + old.sending === 0);
          const fresh = { id, windowMs: timeWindow, resetsAt: now.getTime() + timeWindow, synced: false };
          w = { ...fresh, shared: 0, sending: 0, pending: 0, answeredAt: 0, waiting: null };
          windows.set(id, w);
        }
        const window = w;
        const answer = (e: Error | null) =>
          e ? cb(e) : cb(null, { current: window.shared + window.sending + window.pending, ttl: ttl(window) });
        window.pending += 1;
        const stale = !window.synced || performance.now() - window.answeredAt > 2 * flushMs;
        if (window.waiting || !stale) {
          dirty.add(window);
          schedule();
          if (window.waiting) window.waiting.push(answer);
          else answer(null);
          return;
        }
        const waiting = (window.waiting = [answer]);
        const hits = window.pending;
        window.pending = 0;
        dirty.delete(window);
        const done = (e: Error | null) => {
          window.waiting = null;
          for (const reply of waiting) reply(e);
        };
        send([window], [hits], now).then(() => done(null), done);
      }

      child(routeOptions: RouteOptions) {
        return new DatabaseStore(routeOptions, routePrefix(routeOptions));
      }
    },
  };
}

/**
 * The same fixed windows in this process's memory, for the embedded database: PGlite is opened by one process
 * only, so this one sees every request there is to count (the upsert cost about a third of a quote step's CPU
 * there). At most `maxKeys` windows are kept: ended ones go first, then the oldest.
 */
export function memoryStore(ctx: AppContext, maxKeys = 100_000) {
  const windows = new Map<string, { hits: number; resetsAt: number }>();
  return class MemoryStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = "rl:",
    ) {}

    incr(key: string, cb: Callback, timeWindow: number) {
      const now = ctx.now().getTime();
      const id = `${this.prefix}${key}`;
      let w = windows.get(id);
      if (!w || w.resetsAt <= now) {
        windows.delete(id);
        if (windows.size >= maxKeys) makeRoom(windows, now, maxKeys);
        w = { hits: 0, resetsAt: now + timeWindow };
        windows.set(id, w);
      }
      w.hits += 1;
      cb(null, { current: w.hits, ttl: w.resetsAt - now });
    }

    child(routeOptions: RouteOptions) {
      return new MemoryStore(routeOptions, routePrefix(routeOptions));
    }
  };
}
