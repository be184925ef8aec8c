import type { EmbedContext } from "@/lib/embed/cookie";

/**
 * The submit that starts a quote, with where it was started: the reference policy object's keys, which our
 * backend keeps on the policy (docs/api-extensions.md) and any other backend ignores. Any other body as it was.
 */
export function withDistribution(body: Uint8Array<ArrayBuffer>, embed: EmbedContext): Uint8Array<ArrayBuffer> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return body;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return body;
  const submit = parsed as Record<string, unknown>;
  if (submit.policy_number) return body;
  const marked = {
    ...submit,
    partnership: embed.partner.name,
    distributor_id: embed.partner.id,
    touchpoint_id: embed.touchpoint,
    referrer_url: embed.referrer,
  };
  return new TextEncoder().encode(JSON.stringify(marked)) as Uint8Array<ArrayBuffer>;
}
