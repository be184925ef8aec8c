import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";

/** A policy's actions, by the last part of their path. */
const ACTIONS = {
  cancel: endpoints.cancel,
  "cancellation-request": endpoints.cancellationRequest,
  referral: endpoints.referral,
  copy: endpoints.copy,
  renew: endpoints.renew,
  "remove-recurring-payment": endpoints.removeRecurringPayment,
  "continue-link": endpoints.continueLink,
  suspend: endpoints.suspend,
  reinstate: endpoints.reinstate,
};
export type PolicyAction = keyof typeof ACTIONS;

/** The browser-side paths of a policy's actions (through the app's proxy). */
export const policyApi = {
  action: (policyNumber: string, action: PolicyAction) => pathTo(ACTIONS[action], { n: policyNumber }),
  login: pathTo(endpoints.login),
  logout: pathTo(endpoints.logout),
};
