import type { Form } from "@/contract/form";
import type { PaymentRequest, SubmitResponse } from "@/contract/journey";
import { donePath, paymentPath, quotePath, reviewPath } from "./paths";

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
  | { kind: "go"; href: string }
  | { kind: "display"; title: string; content: string; href: string; external: boolean }
  | { kind: "errors"; form: Form | null; messages: string[] }
  | { kind: "pay"; href: string; payment: PaymentRequest; policyNumber: string };

const NO_NUMBER = "Something went wrong saving your answers. Please try again.";
const NOTHING_TO_PAY = "We could not start the payment. Please try again in a moment.";

/**
 * Maps the server's next_action to a move. Every state the server keeps (the next form, a code
 * check, an outcome) is shown by the quote's own page, so those are all "go to the quote".
 */
export function nextMove(res: SubmitResponse, stage: "step" | "confirm" = "step"): NextMove {
  if (res.has_errors) return { kind: "errors", form: res.form, messages: [] };
  const n = res.policy_number;
  if (!n) return { kind: "errors", form: null, messages: [NO_NUMBER] };
  switch (res.next_action) {
    case "display": {
      const data = res.content_data;
      const target = safeTarget(data?.redirect_to ?? null);
      if (!data) return { kind: "go", href: quotePath(n) };
      return { kind: "display", title: data.title, content: data.content, href: target ?? quotePath(n), external: target !== null };
    }
    case "complete":
      return { kind: "go", href: stage === "confirm" ? donePath(n) : reviewPath(n) };
    case "pay":
      if (!res.payment || res.payment.modes.length === 0) return { kind: "errors", form: null, messages: [NOTHING_TO_PAY] };
      return { kind: "pay", href: paymentPath(n), payment: res.payment, policyNumber: n };
    case "continue":
      // The confirm form answered "continue" only with errors, handled above.
      return { kind: "go", href: quotePath(n) };
    default:
      // perform_otp, rejected, referred: the quote page shows the code step or the outcome.
      return { kind: "go", href: quotePath(n) };
  }
}
