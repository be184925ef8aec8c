import { findPartner, type Partner } from "@/lib/embed/partners";

/**
 * Set when the journey is opened through a partner's embed. It is partitioned (CHIPS): inside the partner's
 * iframe it is keyed to the partner's site, so its presence means "this browser is in that partner's frame"
 * and it never reaches the person's own visits to the app.
 */
export const EMBED_COOKIE = "qp_embed";

export type EmbedContext = { partner: Partner; touchpoint: string | null; referrer: string | null };

export const EMBED_COOKIE_OPTIONS = {
  httpOnly: true,
  secure: true,
  sameSite: "none",
  partitioned: true,
  path: "/",
} as const;

const clip = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 500) : null);

export function encodeEmbed(context: EmbedContext): string {
  const json = JSON.stringify({ p: context.partner.id, t: context.touchpoint, r: context.referrer });
  return Buffer.from(json).toString("base64url");
}

/** The context a cookie names, or null for none, a bad one or a partner no longer configured. */
export function decodeEmbed(value: string | undefined): EmbedContext | null {
  if (!value) return null;
  try {
    const data = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Record<string, unknown>;
    const partner = findPartner(typeof data.p === "string" ? data.p : null);
    return partner ? { partner, touchpoint: clip(data.t), referrer: clip(data.r) } : null;
  } catch {
    return null;
  }
}

/** The host page's address, kept only when it is on one of the partner's own origins. */
export function partnerReferrer(partner: Partner, ...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    try {
      if (candidate && partner.origins.includes(new URL(candidate).origin)) return candidate.slice(0, 500);
    } catch {
      // not a URL: try the next
    }
  }
  return null;
}

/** The embed context from a Cookie header (route handlers that read the raw request). */
export function embedFromCookieHeader(header: string | null): EmbedContext | null {
  const match = header?.split(/;\s*/).find((part) => part.startsWith(`${EMBED_COOKIE}=`));
  return match ? decodeEmbed(match.slice(EMBED_COOKIE.length + 1)) : null;
}
