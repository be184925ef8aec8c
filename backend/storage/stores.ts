import { sql } from "drizzle-orm";
import type { Stores } from "../domain/stores";
import { attachmentStore } from "./attachment-store";
import { authTokenStore } from "./auth-token-store";
import type { Db } from "./db";
import { paymentStore } from "./payment-store";
import { instalmentStore } from "./instalment-store";
import { renewalStore } from "./renewal-store";
import { customerStore, userStore } from "./people-stores";
import { otpCodeStore } from "./otp-code-store";
import { rateEventStore } from "./rate-event-store";
import { rateCounterStore } from "./rate-counter-store";
import { outboxStore } from "./outbox-store";
import { quoteTokenStore } from "./quote-token-store";
import { idempotencyStore } from "./idempotency-store";
import { policyStore } from "./policy-store";
import type { PolicyCache } from "./policy-cache";

/**
 * Every store over one database handle (the pool, or a transaction). `policyCache`: rows the policy store keeps
 * between requests (embedded database only, never in a transaction); `keptToChange`: the same on PostgreSQL, for
 * changes alone (policyStore says how).
 */
export const openStores = (
  db: Db,
  policyCache: PolicyCache | null = null,
  keptToChange: PolicyCache | null = null,
): Stores => ({
  policies: policyStore(db, policyCache, keptToChange),
  payments: paymentStore(db),
  instalments: instalmentStore(db),
  renewals: renewalStore(db),
  attachments: attachmentStore(db),
  users: userStore(db),
  customers: customerStore(db),
  authTokens: authTokenStore(db),
  otpCodes: otpCodeStore(db),
  rateEvents: rateEventStore(db),
  rateCounters: rateCounterStore(db),
  outbox: outboxStore(db),
  quoteTokens: quoteTokenStore(db),
  idempotency: idempotencyStore(db),
  health: {
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
  },
});
