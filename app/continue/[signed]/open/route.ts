import { openContinueLink } from "@/lib/agent/continue";
import { CONTINUE_PROBLEMS, continueProblemResponse, serviceProblem } from "@/lib/agent/continue-page";
import { clientAddressOf } from "@/lib/client-address";
import { translator } from "@/lib/i18n/catalogue";
import { localeOf } from "@/lib/i18n/locales";
import { sameOrigin } from "@/lib/same-origin";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ signed: string }> };

/** "Continue this quote": the link is opened with the Policy API, then on to the quote (its token in the session). */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { signed } = await params;
  const nonce = request.headers.get("x-nonce");
  const locale = localeOf(request.headers);
  if (!sameOrigin(request)) return continueProblemResponse(CONTINUE_PROBLEMS.crossSite, locale, nonce);
  const outcome = await openContinueLink(
    signed,
    await getSession(),
    clientAddressOf(request.headers),
    translator(locale, "errors"),
  );
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
      return continueProblemResponse(CONTINUE_PROBLEMS[outcome.kind], locale, nonce);
    default:
      const retry = `/continue/${encodeURIComponent(signed)}`;
      return continueProblemResponse(serviceProblem(outcome.status, outcome.detail, retry), locale, nonce);
  }
}
