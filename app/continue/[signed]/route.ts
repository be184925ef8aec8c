import { openContinueLink } from "@/lib/agent/continue";
import { CONTINUE_PROBLEMS, continueProblemResponse, serviceProblem } from "@/lib/agent/continue-page";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ signed: string }> };

/** An agent's link: checked with the Policy API, then on to the quote (its token kept in the session). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { signed } = await params;
  const outcome = await openContinueLink(signed, await getSession());
  switch (outcome.kind) {
    case "ok":
      return new Response(null, {
        status: 303,
        headers: {
          location: `/quote/${encodeURIComponent(outcome.policyNumber)}`,
          "cache-control": "no-store",
          "referrer-policy": "no-referrer",
        },
      });
    case "invalid":
    case "gone":
      return continueProblemResponse(CONTINUE_PROBLEMS[outcome.kind]);
    default:
      return continueProblemResponse(serviceProblem(outcome.status, outcome.detail, new URL(request.url).pathname));
  }
}
