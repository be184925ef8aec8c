import type { InstalmentRow } from "../../storage/rows";

export interface InstalmentStore {
  insertMany(rows: InstalmentRow[]): Promise<void>;
  forPolicy(policyNumber: string): Promise<InstalmentRow[]>;
  /** Instalments due or being retried whose next try is on or before `today`, oldest first. */
  toCollect(today: string, limit: number): Promise<InstalmentRow[]>;
  /** Locks one for this transaction while it is still to be collected by `today`; false if not (or held). */
  lockToCollect(policyNumber: string, number: number, today: string): Promise<boolean>;
  update(policyNumber: string, number: number, patch: Partial<InstalmentRow>): Promise<void>;
  /** Every instalment of the policy not yet collected or failed becomes cancelled. */
  cancelOpen(policyNumber: string, at: string): Promise<void>;
}
