import { cookies } from "next/headers";
import { withApiHeaders } from "@/lib/api-headers";
import { decodeEmbed, EMBED_COOKIE } from "@/lib/embed/cookie";

export const dynamic = "force-dynamic";

/** Whether this browser sent the embed cookie back: if not, the frame can't keep a session (cookies blocked). */
export const GET = withApiHeaders(async (): Promise<Response> => {
  const embedded = decodeEmbed((await cookies()).get(EMBED_COOKIE)?.value) !== null;
  return Response.json({ embedded }, { headers: { "cache-control": "no-store" } });
});
