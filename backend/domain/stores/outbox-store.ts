import type { NewOutboxRow, OutboxRow } from "../../storage/rows";

/** Every email is written here first; a sender delivers from here. */
export interface OutboxStore {
  insert(row: NewOutboxRow): Promise<void>;
  forPolicy(policyNumber: string): Promise<OutboxRow[]>;
  recent(limit: number): Promise<OutboxRow[]>;
  /** Marks up to `size` queued emails as sending, for this sender alone. */
  claim(at: string, size: number): Promise<OutboxRow[]>;
  update(id: string, patch: Partial<OutboxRow>): Promise<void>;
  /** Emails a crashed sender left sending go back to the queue (or fail after `maxAttempts`); how many. */
  requeueStuck(before: string, maxAttempts: number): Promise<number>;
  /** Blanks the body of emails of `kind` once sent or past `expiredBefore`; how many. */
  redact(kind: string, expiredBefore: string, redactedBody: string): Promise<number>;
}
