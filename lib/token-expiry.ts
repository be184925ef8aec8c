/** Whether a token's expiry has passed; a token without a readable expiry is taken as still valid. */
export function isExpired(expiresAt: string | null | undefined, now: number = Date.now()): boolean {
  return Date.parse(expiresAt ?? "") <= now;
}
