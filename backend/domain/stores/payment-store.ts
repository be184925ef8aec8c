import type { NewPayment, PaymentRow } from "../../storage/rows";

export interface PaymentStore {
  insert(row: NewPayment): Promise<void>;
  byToken(token: string): Promise<PaymentRow | null>;
  forPolicy(policyNumber: string): Promise<PaymentRow[]>;
  /** Changes a payment only while it is still pending. */
  updatePending(token: string, patch: Partial<PaymentRow>): Promise<void>;
  /** Locks a processing payment for this transaction; false if it isn't processing or another holds it. */
  lockProcessing(token: string): Promise<boolean>;
  update(token: string, patch: Partial<PaymentRow>): Promise<void>;
  /** Processing ones, and pending ones with a gateway answer, created before `before`. */
  stuckBefore(before: string, limit: number): Promise<string[]>;
}
