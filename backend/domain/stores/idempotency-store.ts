/** Who runs a request sent with an Idempotency-Key: this one, or what the caller gets instead. */
export type Claim =
  { kind: "owner" } | { kind: "in_flight" } | { kind: "mismatch" } | { kind: "done"; response: Buffer };

/** Idempotency keys and the sealed answers kept for their replays. */
export interface IdempotencyStore {
  claim(id: string, fingerprint: string, now: Date): Promise<Claim>;
  complete(id: string, response: Buffer): Promise<void>;
  release(id: string): Promise<void>;
  purgeExpired(now: Date): Promise<number>;
}

/** Whether the database answers at all (the load balancer's readiness check). */
export interface HealthStore {
  ping(): Promise<void>;
}
