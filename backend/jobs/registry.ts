import type { Config } from "../config";
import { expireEndedPolicies } from "../domain/policy-expiry";
import { deliverQueued } from "../mail/sender";
import { smtpTransport } from "../adapters/mail-transport/smtp";
import { purgeExpired } from "./purge";
import { settleStuckPayments } from "../domain/payments";
import { purgeOldRateEvents } from "../security/rate-events";
import { purgeSentSecrets, retryStuckEmails } from "../mail/outbox-recovery";
import type { JobDefinition } from "./types";
import { collectDueInstalments } from "../domain/instalments";
import { sendRenewalInvitations } from "../domain/renewal-invitation";
import { renewAutomatically } from "../domain/automatic-renewal";

export const JOB = {
  emailDelivery: "email-delivery",
  expirePolicies: "expire-policies",
  settleStuckPayments: "settle-stuck-payments",
  purgeExpired: "purge-expired",
  retryStuckEmails: "retry-stuck-emails",
  purgeSentSecrets: "purge-sent-secrets",
  purgeRateEvents: "purge-rate-events",
  collectInstalments: "collect-instalments",
  renewalInvitations: "renewal-invitations",
  automaticRenewals: "automatic-renewals",
} as const;

/** Every kind of background work, for whichever runner this instance has. New work is one more entry here. */
export function backgroundJobs(config: Pick<Config, "SMTP_URL">): JobDefinition[] {
  const transport = smtpTransport(config.SMTP_URL);
  return [
    // Also nudged by every queued email; the sweep picks up anything a nudge missed.
    { name: JOB.emailDelivery, cron: "* * * * *", handler: (ctx) => deliverQueued(ctx, transport) },
    { name: JOB.expirePolicies, cron: "5 * * * *", handler: (ctx) => expireEndedPolicies(ctx) },
    { name: JOB.purgeExpired, cron: "17 3 * * *", handler: (ctx) => purgeExpired(ctx) },
    // A payment a crash or a lost redirect left unsettled; an email a crash left "sending"; codes once sent.
    { name: JOB.settleStuckPayments, cron: "* * * * *", handler: (ctx) => settleStuckPayments(ctx) },
    { name: JOB.retryStuckEmails, cron: "* * * * *", handler: (ctx) => retryStuckEmails(ctx) },
    { name: JOB.purgeSentSecrets, cron: "*/5 * * * *", handler: (ctx) => purgeSentSecrets(ctx) },
    // Monthly instalments due today (or due a retry), through the gateway's stored card; hourly, so a day's are
    // taken early in the day and a run that failed is tried again.
    { name: JOB.collectInstalments, cron: "23 * * * *", handler: (ctx) => collectDueInstalments(ctx) },
    // Daily: each policy entering its renewal window gets its renewal quote and one invitation.
    { name: JOB.renewalInvitations, cron: "7 6 * * *", handler: (ctx) => sendRenewalInvitations(ctx) },
    // Hourly on a policy's last day of cover: a policy paid by recurring payment renews with its stored card.
    { name: JOB.automaticRenewals, cron: "47 * * * *", handler: (ctx) => renewAutomatically(ctx) },
    { name: JOB.purgeRateEvents, cron: "41 * * * *", handler: (ctx) => purgeOldRateEvents(ctx) },
  ];
}
