import type { Config } from "../config";
import { expireEndedPolicies } from "../domain/lifecycle";
import { deliverQueued, emailTransport } from "../mail/sender";
import { purgeExpired } from "./purge";
import type { JobDefinition } from "./types";

export const JOB = {
  emailDelivery: "email-delivery",
  expirePolicies: "expire-policies",
  settleStuckPayments: "settle-stuck-payments",
  purgeExpired: "purge-expired",
} as const;

/**
 * Every kind of background work, for whichever runner this instance has. New work is one more entry here, e.g.
 * `{ name: JOB.settleStuckPayments, cron: "*\/5 * * * *", handler: settleStuckPayments }` (a handler of the context).
 */
export function backgroundJobs(config: Pick<Config, "SMTP_URL">): JobDefinition[] {
  const transport = emailTransport(config.SMTP_URL);
  return [
    // Also nudged by every queued email; the sweep picks up anything a nudge missed.
    { name: JOB.emailDelivery, cron: "* * * * *", handler: (ctx) => deliverQueued(ctx, transport) },
    { name: JOB.expirePolicies, cron: "5 * * * *", handler: (ctx) => expireEndedPolicies(ctx) },
    { name: JOB.purgeExpired, cron: "17 3 * * *", handler: (ctx) => purgeExpired(ctx) },
  ];
}
