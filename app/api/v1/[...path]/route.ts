import { withApiHeaders } from "@/lib/api-headers";
import { proxyRoute } from "@/lib/proxy";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = withApiHeaders(proxyRoute);
