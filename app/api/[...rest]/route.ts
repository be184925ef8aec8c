import { withApiHeaders } from "@/lib/api-headers";
import { proxyRoute } from "@/lib/proxy";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// Any other path under /api/: the proxy's own "nothing here" (404, in the person's language), never a page.
const nothingHere = withApiHeaders(proxyRoute);
export { nothingHere as GET, nothingHere as POST, nothingHere as PUT, nothingHere as PATCH, nothingHere as DELETE };
