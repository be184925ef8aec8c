import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
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

// A hash to verify against when the username is unknown, so both paths take the same time.
let decoyHash: Promise<string> | null = null;

export async function createUser(
  ctx: AppContext,
  u: { username: string; password: string; name: string; agentCode: string | null; role: keyof typeof ROLES },
) {
  const row: UserRow = {
    id: randomUUID(),
    username: u.username.toLowerCase(),
    passwordHash: await hash(u.password),
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
    decoyHash ??= hash("decoy-password");
    await verify(await decoyHash, password).catch(() => false);
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
