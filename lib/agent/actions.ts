import { IN_FORCE, OPEN_QUOTE, STATUS, namesOf } from "@/contract/lifecycle";
import { STATUSES } from "@/contract/statuses";

/** The actions the console offers on a policy. */
export type PolicyActionId =
  | "copy"
  | "renew"
  | "continue-link"
  | "cancel"
  | "cancellation-decision"
  | "referral-decision"
  | "remove-recurring"
  | "suspend"
  | "reinstate";

/** The permission each staff action needs (the API answers 403 without it); copy and renew need none. */
export const ACTION_PERMISSION: Partial<Record<PolicyActionId, string>> = {
  "continue-link": "send_continue_links",
  cancel: "cancel_policy",
  "cancellation-decision": "cancel_policy",
  "referral-decision": "approve_referrals",
  "remove-recurring": "remove_recurring_payment",
  suspend: "suspend_policies",
  reinstate: "suspend_policies",
};

/** What the policy view says about what can be done with it now. */
export type ActionFacts = {
  status: string;
  can_cancel: boolean;
  can_renew: boolean;
  /** Extension: absent from a backend that doesn't say; then an Active policy may have one (a 404 says not). */
  can_remove_recurring_payment?: boolean;
  /** Extension: only a backend that can suspend sends these; absent means never offered. */
  can_suspend?: boolean;
  can_reinstate?: boolean;
};

/** The view's facts the actions depend on (the extension flag only when the backend sends it). */
export function actionFacts(view: ActionFacts & Record<string, unknown>): ActionFacts {
  const recurring = view.can_remove_recurring_payment;
  return {
    status: view.status,
    can_cancel: view.can_cancel,
    can_renew: view.can_renew,
    ...(typeof recurring === "boolean" ? { can_remove_recurring_payment: recurring } : {}),
    ...(view.can_suspend === true ? { can_suspend: true } : {}),
    ...(view.can_reinstate === true ? { can_reinstate: true } : {}),
  };
}

const OPEN_NAMES = namesOf(OPEN_QUOTE);
const IN_FORCE_NAMES = namesOf(IN_FORCE);

/** What the policy allows now, whoever asks. */
function allowedByPolicy(p: ActionFacts): PolicyActionId[] {
  const recurring = p.can_remove_recurring_payment ?? p.status === STATUSES[STATUS.active];
  const allowed: [PolicyActionId, boolean][] = [
    ["copy", true],
    ["renew", p.can_renew],
    ["continue-link", OPEN_NAMES.includes(p.status)],
    ["cancel", p.can_cancel && IN_FORCE_NAMES.includes(p.status)],
    ["cancellation-decision", p.status === STATUSES[STATUS.cancellationRequested]],
    ["referral-decision", p.status === STATUSES[STATUS.pendingApproval]],
    ["remove-recurring", recurring],
    ["suspend", p.can_suspend === true],
    ["reinstate", p.can_reinstate === true],
  ];
  return allowed.filter(([, ok]) => ok).map(([id]) => id);
}

const may = (permissions: readonly string[], id: PolicyActionId) => {
  const needed = ACTION_PERMISSION[id];
  return !needed || permissions.includes(needed);
};

/** The actions to show: each one the policy allows now and the signed-in user has the permission for. */
export function availableActions(policy: ActionFacts, permissions: readonly string[]): PolicyActionId[] {
  return allowedByPolicy(policy).filter((id) => may(permissions, id));
}

/**
 * The permissions the user lacks for what the policy allows now (to say why an action isn't shown); each is also
 * its key in the `agentActions` messages, where it is worded.
 */
export function missingPermissions(policy: ActionFacts, permissions: readonly string[]): string[] {
  const missing = allowedByPolicy(policy)
    .filter((id) => !may(permissions, id))
    .map((id) => ACTION_PERMISSION[id]!);
  return [...new Set(missing)];
}

/** The fresh policy from a conflict: can the action still be done to it? */
export function stillAllowed(policy: Partial<ActionFacts> & { status: string }, id: PolicyActionId): boolean {
  return allowedByPolicy({ can_cancel: true, can_renew: true, ...policy }).includes(id);
}
