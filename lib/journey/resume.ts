import type { SubmitResponse } from "@/contract/journey";
import { ISSUED, namesOf } from "@/contract/lifecycle";
import { STATUSES } from "@/contract/statuses";
import { donePath, paymentPath, reviewPath, stepPath } from "./paths";
import type { StepMemory } from "./step-memory";

const BOUGHT = namesOf(ISSUED);

/** A quote with no step left: its review, or its policy once bought. */
export const settledPath = (n: string, status: string | null | undefined) =>
  status && BOUGHT.includes(status) ? donePath(n) : reviewPath(n);

export type ResumeMove =
  | { kind: "go"; href: string }
  /** Declined or referred; `description` is the backend's own words when it just said so. */
  | { kind: "outcome"; outcome: "rejected" | "referred"; description: SubmitResponse["description"] | null };

/** From the backend's answer to "where does this quote stand" (an extension): null when it gave none. */
export function resumeFromState(n: string, state: SubmitResponse | null): ResumeMove | null {
  if (!state || state.policy_number !== n) return null;
  const action = state.next_action;
  if (action === "rejected" || action === "referred") {
    return { kind: "outcome", outcome: action, description: state.description };
  }
  if (!state.form || action === "complete" || state.form.form_type === "confirmation") {
    return { kind: "go", href: settledPath(n, state.policy_status) };
  }
  return { kind: "go", href: stepPath(n, state.form.form_id) };
}

/** From what this session remembers of the last answer for the quote: null when it remembers nothing. */
export function resumeFromMemory(n: string, memory: StepMemory): ResumeMove | null {
  switch (memory.said) {
    case "rejected":
    case "referred":
      return { kind: "outcome", outcome: memory.said, description: null };
    case "confirmed":
      return { kind: "go", href: donePath(n) };
    case "pay":
      return { kind: "go", href: paymentPath(n) };
    case "complete":
      return { kind: "go", href: reviewPath(n) };
    default:
      return memory.at ? { kind: "go", href: stepPath(n, memory.at) } : null;
  }
}

/** From the policy view's status (when the backend lets this caller read it), else the product's first step. */
export function resumeFromStatus(n: string, status: string | null, firstStep: string | null): ResumeMove | null {
  if (status === STATUSES.S_PENDING_APPROVAL) return { kind: "outcome", outcome: "referred", description: null };
  if (status === STATUSES.S_DECLINED) return { kind: "outcome", outcome: "rejected", description: null };
  const settled = status === STATUSES.S_QUOTED || (status !== null && BOUGHT.includes(status));
  if (settled) return { kind: "go", href: settledPath(n, status) };
  return firstStep ? { kind: "go", href: stepPath(n, firstStep) } : null;
}
