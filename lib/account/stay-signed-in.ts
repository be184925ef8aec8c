import { callApi, type ApiWords } from "@/lib/client-api";
import { accountApi } from "./paths";
import type { RefreshResult } from "./timeout";

/**
 * "Stay signed in" from the browser: the proxy's token refresh, which also keeps the new end in the session.
 * The one way the sign-in is extended (a 401 means it has already ended: sign in again).
 */
export async function staySignedIn(words: ApiWords): Promise<RefreshResult> {
  const result = await callApi(accountApi.tokenRefresh, () => import("./schemas").then((m) => m.tokenRefreshSchema), {
    method: "POST",
    words,
  });
  if (result.ok) return { ok: true, expiresAt: result.data.expires_at };
  return { ok: false, detail: result.detail, ended: result.status === 401 };
}
