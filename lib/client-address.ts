import "server-only";
import { isIP } from "node:net";

/**
 * The browser's address, as scripts/web-server.mjs wrote it into X-Forwarded-For from the socket (or a trusted
 * load balancer). Under any other server a browser could have written that header itself: then nothing.
 */
export function clientAddressOf(headers: Headers): string | undefined {
  if (process.env.WEB_CLIENT_ADDRESS_CHECKED !== "1") return undefined;
  const value = headers.get("x-forwarded-for")?.trim() ?? "";
  return isIP(value) ? value : undefined;
}
