import "server-only";
import { redirect } from "next/navigation";
import { getSession, type UserIdentity } from "@/lib/session";
import { isExpired } from "@/lib/token-expiry";

/** The signed-in user (agent, broker, staff) of this session, unless their sign-in has run out. */
export async function currentUser(): Promise<UserIdentity | null> {
  const { user } = await getSession();
  if (!user?.token) return null;
  return isExpired(user.expiresAt) ? null : user;
}

/** A path inside the agent console to come back to after signing in; anything else means the console. */
export function safeNext(next: string | string[] | undefined): string {
  const value = typeof next === "string" ? next : "";
  return /^\/agent(?:[/?#]|$)/.test(value) && !value.includes("//") && !value.includes("\\") ? value : "/agent";
}

export function signInHref(next: string, expired = false): string {
  const query = new URLSearchParams({ next: safeNext(next) });
  if (expired) query.set("expired", "1");
  return `/agent/sign-in?${query}`;
}

/** The user, or off to the sign-in page (coming back to `next` afterwards). */
export async function requireUser(next: string): Promise<UserIdentity> {
  const user = await currentUser();
  if (!user) redirect(signInHref(next));
  return user;
}
