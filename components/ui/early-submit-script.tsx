import { headers } from "next/headers";
import { EARLY_SUBMIT_SCRIPT } from "@/lib/early-submit";

/** The page's first script: holds a ClientForm's submit made before hydration (lib/early-submit.ts). */
export async function EarlySubmitScript() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // The browser hides a script's nonce once it has run, so the attribute differs at hydration by design.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EARLY_SUBMIT_SCRIPT }} />;
}
