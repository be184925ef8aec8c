import type { Form } from "../../../contract/form";
import type { Pricing } from "../../../contract/pricing";
import { STATUSES, type StatusKey } from "../../../contract/statuses";
import type { NextAction, SubmitResponse } from "../../../contract/journey";
import type { PolicyRow } from "../../storage/rows";
import type { FormDef } from "./forms";
import { DEFAULT_LOCALE, type Locale } from "../../../contract/locales";
import { say } from "../../messages";

type Extra = Partial<
  Pick<
    SubmitResponse,
    "content_data" | "quote_token" | "customer_token" | "customer_token_expires_at" | "payment" | "has_errors"
  >
> & {
  description?: SubmitResponse["description"];
};

const noDescription = { image: null, title: null, content: null };

export function describe(def: FormDef | undefined): SubmitResponse["description"] {
  const d = (def as { description?: SubmitResponse["description"] | null } | undefined)?.description;
  return d ? { image: d.image ?? null, title: d.title ?? null, content: d.content ?? null } : noDescription;
}

export const statusName = (key: string) => STATUSES[key as StatusKey] ?? key;

/** The submit loop's one response shape. */
export function respond(
  policy: PolicyRow | null,
  nextAction: NextAction,
  form: Form | null,
  extra: Extra = {},
): SubmitResponse {
  return {
    policy_number: policy?.policyNumber ?? null,
    policy_status: policy ? statusName(policy.status) : null,
    description: extra.description ?? noDescription,
    form,
    has_errors: extra.has_errors ?? false,
    next_action: nextAction,
    content_data: extra.content_data ?? null,
    pricing: (policy?.pricing as Pricing | null) ?? null,
    quote_token: extra.quote_token ?? null,
    customer_token: extra.customer_token ?? null,
    ...(extra.customer_token_expires_at ? { customer_token_expires_at: extra.customer_token_expires_at } : {}),
    payment: extra.payment ?? null,
  };
}

/** `message`: the product's own sentence, already in `locale`. */
export function rejectedDescription(message: string, locale: Locale = DEFAULT_LOCALE) {
  return {
    image: null,
    title: say(locale, "journey", "rejectedTitle"),
    content: say(locale, "journey", "rejectedContent", { message }),
  };
}

/** `maskedEmail`: where we wrote and will write again; null when there is no address (then we don't claim to). */
export function referredDescription(message: string, maskedEmail: string | null, locale: Locale = DEFAULT_LOCALE) {
  return {
    image: null,
    title: say(locale, "journey", "referredTitle"),
    content: maskedEmail
      ? say(locale, "journey", "referredEmailed", { message, email: maskedEmail })
      : say(locale, "journey", "referredNoEmail", { message }),
  };
}
