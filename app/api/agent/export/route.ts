import { ApiError } from "@/lib/api";
import { withApiHeaders } from "@/lib/api-headers";
import { currentUser } from "@/lib/agent/current-user";
import { exportFileName, policyCsv } from "@/lib/agent/policy-csv";
import { parseSearch } from "@/lib/agent/search-params";
import { getT } from "@/lib/i18n/server";
import { ownWords } from "@/lib/load";
import { errorResponse } from "@/lib/upstream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/agent/export?<the console's search>: every matching policy as a CSV download. */
export const GET = withApiHeaders(async (request: Request): Promise<Response> => {
  const user = await currentUser();
  if (!user) return errorResponse(401, { detail: (await getT("agent"))("exportSignIn"), code: "not_authenticated" });
  const search = parseSearch(new URL(request.url).searchParams);
  try {
    const body = await policyCsv(search, { bearer: user.token });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${exportFileName()}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    if (err instanceof ApiError) return errorResponse(err.status, { detail: await ownWords(err), code: err.code });
    throw err;
  }
});
