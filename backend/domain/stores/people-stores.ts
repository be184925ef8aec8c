import type {
  AuthTokenRow,
  NewAuthToken,
  NewOtpCode,
  OtpCodeRow,
  UserRow,
  CustomerRow,
  PolicyRow,
} from "../../storage/rows";

export interface UserStore {
  seller(userId: string): Promise<{ name: string | null; agentCode: string | null } | null>;
  byId(userId: string): Promise<UserRow | null>;
  byUsername(username: string): Promise<UserRow | null>;
  /** Adds the user unless the username is taken. */
  insertIfAbsent(row: UserRow): Promise<void>;
}

export interface CustomerStore {
  byEmail(email: string): Promise<CustomerRow | null>;
  /** Adds the customer unless the email is taken (another request may have just added it). */
  insertIfAbsent(row: CustomerRow): Promise<void>;
  /** The policy and its customer, for signing in with a policy number and a last name. */
  policyWithCustomer(policyNumber: string): Promise<{ policy: PolicyRow; customer: CustomerRow } | null>;
}

/** Bearer tokens, by the hash of the token (the token itself is never stored). */
export interface AuthTokenStore {
  insert(row: NewAuthToken): Promise<void>;
  byHash(tokenHash: string): Promise<AuthTokenRow | null>;
  /** The token if it is neither revoked nor expired (idle or absolute) at `now`. */
  live(tokenHash: string, now: string): Promise<AuthTokenRow | null>;
  /** Both only touch a token not revoked yet. */
  revoke(tokenHash: string, at: string): Promise<void>;
  setExpiry(tokenHash: string, expiresAt: string): Promise<void>;
}

export interface OtpCodeStore {
  countForPolicySince(policyNumber: string, since: string): Promise<number>;
  insert(row: NewOtpCode): Promise<void>;
  /** The newest code not yet used for this purpose and address (and quote, when given). */
  newestUnused(purpose: string, email: string, policyNumber?: string): Promise<OtpCodeRow | null>;
  /** Counts a wrong guess while under `max`; the new count, or null if it was already at `max`. */
  countWrongGuess(id: string, max: number): Promise<number | null>;
  /** Spends the code once, while under `max` wrong guesses; false if it was spent or locked meanwhile. */
  spend(id: string, at: string, max: number): Promise<boolean>;
  purgeExpiredBefore(before: string): Promise<number>;
}

/** When each quote token was last used (a token idle too long stays dead). */
export interface QuoteTokenStore {
  /**
   * Marks the token used at `now` if it was last used (or, never seen, issued) at `oldest` or later; says
   * whether it was. One statement, so the check and the touch can't be split.
   */
  touch(tokenHash: string, now: string, oldest: string, issuedOrSavedAt: string): Promise<boolean>;
}

export type RateCount = { key: string; hits: number; windowMs: number };
export type RateWindow = { key: string; hits: number; resetsAt: string };

/** Requests under a key in fixed windows: the per-address request limits. */
export interface RateCounterStore {
  /**
   * Adds each key's hits to its window in one statement, and says each window's count with them and when it ends (a
   * new window of `windowMs` starts at `now` when the last one has ended). Keys are locked in the order given.
   */
  add(counts: RateCount[], now: string): Promise<RateWindow[]>;
  /** Forgets windows that ended at or before `before`. */
  purgeUpTo(before: string): Promise<number>;
}

/** Timestamped attempts under a key, for rate limits and sign-in back-off. */
export interface RateEventStore {
  /**
   * Under `key`'s lock, in one round trip: forgets attempts at or before `since`, counts the rest, and records one at
   * `now` when fewer than `limit`. The count is the attempts before this one; `oldest` the first of them.
   */
  hit(
    key: string,
    since: string,
    now: string,
    limit: number,
  ): Promise<{ allowed: boolean; count: number; oldest: string | null }>;
  /** Holds `key` until the surrounding transaction ends, on every instance sharing the database. */
  lock(key: string): Promise<void>;
  /** When each attempt under `key` was made, oldest first; only those after `after` when given. */
  times(key: string, after?: string): Promise<string[]>;
  add(events: Array<{ key: string; at: string }>): Promise<void>;
  /** Removes the attempt under `key` at `at`, or all of them. */
  forget(key: string, at?: string): Promise<void>;
  purgeUpTo(before: string): Promise<number>;
}
