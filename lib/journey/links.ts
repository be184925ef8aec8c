import "server-only";
import { getEnv } from "@/lib/env";

/**
 * A link the API gave (e.g. a product attachment) as the browser should follow it:
 * backend URLs go through this app.
 */
export function appHref(url: string): string {
  const base = getEnv().POLICY_API_URL;
  return url.startsWith(`${base}/api/`) ? url.slice(base.length) : url;
}

/** "terms_and_conditions" -> "Terms and conditions". */
export function attachmentLabel(key: string): string {
  const words = key.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
