import type { PolicyRenewalRow, PolicyRow } from "../../storage/rows";

export interface RenewalStore {
  get(policyNumber: string): Promise<PolicyRenewalRow | null>;
  /** Active policies whose cover ends between `from` and `to` (inclusive) and that were never invited. */
  dueForInvitation(from: string, to: string, limit: number): Promise<PolicyRow[]>;
  /** Marks the policy invited; false when it already was (another run got there first). */
  claimInvitation(policyNumber: string, at: string): Promise<boolean>;
  setRenewalPolicy(policyNumber: string, renewalPolicyNumber: string, at: string): Promise<void>;
  /**
   * Active policies paid by recurring payment whose last day of cover is on or before `today`, not opted out of
   * automatic renewal, with no renewal bought yet.
   */
  dueForAutomaticRenewal(today: string, limit: number): Promise<PolicyRow[]>;
  setAutoRenewOff(policyNumber: string, off: boolean, at: string): Promise<void>;
}
