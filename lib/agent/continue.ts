import "server-only";
import { endpoints, pathTo } from "@/contract/endpoints";
import { errorBodySchema } from "@/contract/errors";
import type { Translate } from "@/lib/i18n/catalogue";
import { absorbSecrets, authFor, saveSession, type Session } from "@/lib/session";
import { readWhole, toApiError, upstream } from "@/lib/upstream";

export type ContinueOutcome =
  | { kind: "ok"; policyNumber: string }
  | { kind: "invalid" | "gone" }
  | { kind: "problem"; status: number; detail: string };

/**
 * Opens an agent's signed link with the Policy API, only on the customer's POST (it issues a new quote token).
 * On success the quote's token is kept in the session (under its policy number, with its product) so
 * /quote/<n> can carry on from there. `t`: the `errors` messages, for the web app's own sentences in the page's
 * language.
 */
export async function openContinueLink(
  signed: string,
  session: Session,
  clientAddress: string | undefined,
  t: Translate,
): Promise<ContinueOutcome> {
  let res: Response;
  let data: unknown = null;
  try {
    res = await upstream(pathTo(endpoints.continueOpen, { signed }), {
      headers: { accept: "application/json" },
      auth: authFor(session),
      clientAddress,
    });
    data = await readWhole(res, (r) => r.json()).catch(() => null);
  } catch (err) {
    const failure = toApiError(err);
    return { kind: "problem", status: failure.status, detail: t(failure.status === 504 ? "slow" : "unreachable") };
  }
  if (res.status === 403) return { kind: "invalid" };
  if (res.status === 404) return { kind: "gone" };
  if (!res.ok) {
    const error = errorBodySchema.safeParse(data);
    const detail = error.success && res.status < 500 ? error.data.detail : t("httpError", { status: res.status });
    return { kind: "problem", status: res.status >= 500 ? 502 : res.status, detail };
  }
  const body = data as { policy_number?: unknown; product_slug?: unknown } | null;
  const policyNumber = typeof body?.policy_number === "string" ? body.policy_number : "";
  if (!policyNumber) return { kind: "problem", status: 502, detail: t("unreadableAnswer") };
  const slug = typeof body?.product_slug === "string" && body.product_slug ? body.product_slug : undefined;
  if (absorbSecrets(session, data, { slug })) await saveSession(session);
  return { kind: "ok", policyNumber };
}
