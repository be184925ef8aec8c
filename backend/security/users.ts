import { randomUUID } from "node:crypto";
import { hash, verify, type Options } from "@node-rs/argon2";
import type { AppContext } from "../context";
import type { UserRow } from "../storage/rows";
import type { Permission } from "./caller";

export const ROLES: Record<string, Permission[]> = {
  agent: ["send_continue_links"],
  supervisor: [
    "view_all_policies",
    "cancel_policy",
    "remove_recurring_payment",
    "approve_referrals",
    "send_continue_links",
    "suspend_policies",
  ],
};

/** OWASP's argon2id minimum (19 MiB, 2 passes): every hash outside the test suite. */
export const PASSWORD_HASH = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const satisfies Options;
// Tests sign in hundreds of times; a hash names its own parameters, so verifying one made here stays cheap too.
const TEST_PASSWORD_HASH = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const satisfies Options;

export const passwordHashOptions = (nodeEnv: string): Options =>
  nodeEnv === "test" ? TEST_PASSWORD_HASH : PASSWORD_HASH;

// A hash to verify against when the username is unknown, so both paths take the same time.
const decoyHashes = new Map<string, Promise<string>>();

export async function createUser(
  ctx: AppContext,
  u: { username: string; password: string; name: string; agentCode: string | null; role: keyof typeof ROLES },
) {
  const row: UserRow = {
    id: randomUUID(),
    username: u.username.toLowerCase(),
    passwordHash: await hash(u.password, passwordHashOptions(ctx.config.NODE_ENV)),
    name: u.name,
    agentCode: u.agentCode,
    role: u.role,
    permissions: ROLES[u.role],
    createdAt: ctx.now().toISOString(),
  };
  await ctx.stores.users.insertIfAbsent(row);
  return row;
}

export async function checkPassword(ctx: AppContext, username: string, password: string): Promise<UserRow | null> {
  const row = await ctx.stores.users.byUsername(username.trim().toLowerCase());
  if (!row) {
    const options = passwordHashOptions(ctx.config.NODE_ENV);
    if (!decoyHashes.has(ctx.config.NODE_ENV)) decoyHashes.set(ctx.config.NODE_ENV, hash("decoy-password", options));
    await verify(await decoyHashes.get(ctx.config.NODE_ENV)!, password).catch(() => false);
    return null;
  }
  return (await verify(row.passwordHash, password).catch(() => false)) ? row : null;
}

export const publicUser = (u: {
  name: string;
  agentCode: string | null;
  permissions: string[];
  username?: string;
}) => ({
  name: u.name,
  agent_code: u.agentCode,
  permissions: u.permissions,
});
