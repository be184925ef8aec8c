"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { callApi } from "@/lib/client-api";
import { accountApi, signInPath, type SignInReason } from "@/lib/account/paths";

/** Signs out through the proxy (which clears the session cookie), then shows the sign-in page saying why. */
export function useSignOut() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function signOut(reason: SignInReason = "signed-out") {
    setBusy(true);
    // Even if the service can't be reached, the session cookie is cleared by the app's own route.
    await callApi(accountApi.logout, z.unknown(), { method: "POST" });
    router.replace(signInPath({ reason }));
    router.refresh();
  }
  return { signOut, busy };
}
