"use server";

import "server-only";

import { ApiError, refreshSignIn } from "@/lib/api";
import type { RefreshResult } from "./timeout";

/** "Stay signed in": asks the API for 30 more minutes and keeps the new end in the session cookie. */
export async function staySignedIn(): Promise<RefreshResult> {
  try {
    return { ok: true, expiresAt: await refreshSignIn() };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { ok: false, detail: err.detail, ended: err.status === 401 };
  }
}
