import { and, eq, gt, isNull } from "drizzle-orm";
import type { AuthTokenStore } from "../domain/stores";
import type { Db } from "./db";
import { authTokens } from "./schema";

export function authTokenStore(db: Db): AuthTokenStore {
  const unrevoked = (tokenHash: string) => and(eq(authTokens.tokenHash, tokenHash), isNull(authTokens.revokedAt));
  return {
    async insert(row) {
      await db.insert(authTokens).values(row);
    },
    async byHash(tokenHash) {
      const [row] = await db.select().from(authTokens).where(eq(authTokens.tokenHash, tokenHash)).limit(1);
      return row ?? null;
    },
    async live(tokenHash, now) {
      const [row] = await db
        .select()
        .from(authTokens)
        .where(and(unrevoked(tokenHash), gt(authTokens.expiresAt, now), gt(authTokens.absoluteExpiresAt, now)))
        .limit(1);
      return row ?? null;
    },
    async revoke(tokenHash, at) {
      await db.update(authTokens).set({ revokedAt: at }).where(unrevoked(tokenHash));
    },
    async setExpiry(tokenHash, expiresAt) {
      await db.update(authTokens).set({ expiresAt }).where(unrevoked(tokenHash));
    },
  };
}
