import { describe, expect, it } from "vitest";
import { verify } from "@node-rs/argon2";
import type { AppContext } from "../context";
import type { UserRow } from "../storage/rows";
import { createUser, PASSWORD_HASH, passwordHashOptions } from "./users";

/** Just enough of a context for createUser: a config and a users store that keeps what it is given. */
function contextFor(nodeEnv: string) {
  const saved: UserRow[] = [];
  const ctx = {
    config: { NODE_ENV: nodeEnv },
    now: () => new Date(),
    stores: { users: { insertIfAbsent: async (row: UserRow) => void saved.push(row) } },
  } as unknown as AppContext;
  return { ctx, saved };
}

const user = { username: "Ada", password: "correct horse", name: "Ada", agentCode: null, role: "agent" } as const;

describe("password hashing", () => {
  it("keeps OWASP's argon2id parameters everywhere but the test suite", async () => {
    expect(PASSWORD_HASH).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    for (const env of ["production", "development"]) {
      expect(passwordHashOptions(env)).toEqual(PASSWORD_HASH);
      const { ctx, saved } = contextFor(env);
      await createUser(ctx, user);
      expect(saved[0].passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verify(saved[0].passwordHash, user.password)).toBe(true);
    }
  });

  it("hashes cheaply under NODE_ENV=test, still a verifiable argon2id hash", async () => {
    const { ctx, saved } = contextFor("test");
    await createUser(ctx, user);
    expect(saved[0].passwordHash).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await verify(saved[0].passwordHash, user.password)).toBe(true);
    expect(await verify(saved[0].passwordHash, "wrong")).toBe(false);
  });
});
