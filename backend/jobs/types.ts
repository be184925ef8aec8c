import type { AppContext } from "../context";

/**
 * One kind of background work: `cron` says when it runs on its own (minute resolution), `handler` does it. A handler
 * must be safe to run again after a failure (it is retried with back-off) and is never run twice at once.
 */
export type JobDefinition = {
  name: string;
  cron: string;
  handler: (ctx: AppContext) => Promise<unknown>;
  retryLimit?: number;
};

/** What request handlers see: ask for a job to run soon (several asks collapse into one run). */
export type JobTrigger = { nudge(name: string): void };

export type JobRunner = JobTrigger & { kind: "pg-boss" | "in-process" | "off"; stop(): Promise<void> };
