import type { FastifyReply } from "fastify";

const running = new Set<Promise<void>>();

/**
 * Runs `work` once the answer to this request has gone (or its client has gone): for work whose duration would tell
 * the client something, such as whether an email belongs to a customer. Its failure is logged by `what` alone (never
 * the error's details, which may quote what the work handled); shutdown and tests wait for it with afterReplySettled.
 */
export function afterReply(reply: FastifyReply, what: string, work: () => Promise<void>): void {
  const done = new Promise<void>((resolve) => reply.raw.once("close", resolve))
    .then(work)
    .catch((error: unknown) => {
      const name = error instanceof Error ? error.name : "error";
      reply.log.error(`${what} failed after the reply (${name})`);
    })
    .finally(() => running.delete(done));
  running.add(done);
}

/** Resolves once every piece of work started by afterReply so far (and any it started) has finished. */
export async function afterReplySettled(): Promise<void> {
  while (running.size > 0) await Promise.all(running);
}
