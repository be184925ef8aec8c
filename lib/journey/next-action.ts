import type { Form } from "@/contract/form";
import type { PaymentRequest, SubmitResponse } from "@/contract/journey";
import { donePath, paymentPath, quotePath, reviewPath, stepPath } from "./paths";

/** A place the browser may be sent: a local path or an http(s) address, never `javascript:` and the like. */
export function safeTarget(url: string | null): string | null {
  if (!url) return null;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  try {
    return ["http:", "https:"].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** What the page does with a submit-loop (or confirm) answer. */
export type NextMove =
  /** On to another page of the quote: a step (named by its form id), the review, the outcome. */
  | { kind: "go"; href: string }
  /** Text to read first; `href` is the step the response's `form` names, or the server's own address. */
  | { kind: "display"; title: string; content: string; href: string; external: boolean }
  /** The server's form with its errors, or none and a problem of the web app's own (a key of the `form` namespace). */
  | { kind: "errors"; form: Form | null; problems: OwnProblem[] }
  | { kind: "pay"; href: string; payment: PaymentRequest; policyNumber: string };

type OwnProblem = "noNumber" | "nothingToPay" | "noForm";

/**
 * Maps the server's answer to a move, from that answer alone: its `form` names the next step,
 * its `next_action` says what to show. Outcomes (declined, referred) are shown by the quote's own
 * address; a step's address names its form, so every page can be reloaded or bookmarked.
 */
export function nextMove(res: SubmitResponse, stage: "step" | "confirm" = "step"): NextMove {
  if (res.has_errors) return { kind: "errors", form: res.form, problems: [] };
  const n = res.policy_number;
  if (!n) return { kind: "errors", form: null, problems: ["noNumber"] };
  const next = res.form && res.form.form_type !== "confirmation" ? stepPath(n, res.form.form_id) : null;
  switch (res.next_action) {
    case "display": {
      const data = res.content_data;
      const target = safeTarget(data?.redirect_to ?? null);
      const href = target ?? next ?? (stage === "confirm" ? donePath(n) : quotePath(n));
      if (!data) return { kind: "go", href };
      return { kind: "display", title: data.title, content: data.content, href, external: target !== null };
    }
    case "complete":
      return { kind: "go", href: stage === "confirm" ? donePath(n) : reviewPath(n) };
    case "pay":
      if (!res.payment || res.payment.modes.length === 0)
        return { kind: "errors", form: null, problems: ["nothingToPay"] };
      return { kind: "pay", href: paymentPath(n), payment: res.payment, policyNumber: n };
    case "rejected":
    case "referred":
      return { kind: "go", href: quotePath(n) };
    case "continue":
    case "perform_otp":
      // The confirm form answers "continue" only with errors (above); a step without a form can't go on.
      return next ? { kind: "go", href: next } : { kind: "errors", form: null, problems: ["noForm"] };
  }
}
