import type { AttachmentStore } from "./attachment-store";
import type { HealthStore, IdempotencyStore } from "./idempotency-store";
import type { OutboxStore } from "./outbox-store";
import type { PaymentStore } from "./payment-store";
import type { InstalmentStore } from "./instalment-store";
import type {
  AuthTokenStore,
  CustomerStore,
  OtpCodeStore,
  QuoteTokenStore,
  RateCounterStore,
  RateEventStore,
  UserStore,
} from "./people-stores";
import type { PolicyStore } from "./policy-store";
import type { RenewalStore } from "./renewal-store";

export * from "./attachment-store";
export * from "./idempotency-store";
export * from "./outbox-store";
export * from "./payment-store";
export * from "./instalment-store";
export * from "./people-stores";
export * from "./policy-store";
export * from "./renewal-store";

/** Every store, as the domain receives them through its context. */
export type Stores = {
  policies: PolicyStore;
  payments: PaymentStore;
  instalments: InstalmentStore;
  renewals: RenewalStore;
  attachments: AttachmentStore;
  users: UserStore;
  customers: CustomerStore;
  authTokens: AuthTokenStore;
  otpCodes: OtpCodeStore;
  rateEvents: RateEventStore;
  rateCounters: RateCounterStore;
  outbox: OutboxStore;
  quoteTokens: QuoteTokenStore;
  idempotency: IdempotencyStore;
  health: HealthStore;
};
