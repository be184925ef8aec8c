import { STATUS } from "../../contract/lifecycle";
import { getProduct } from "../products";
import type { ProductDefinition } from "../products/definition";
import type { Caller } from "../security/caller";
import type { ListedPolicy } from "../storage/rows";

/** The reason every mid-term change's version carries (history and the policy's status log show it). */
export const ENDORSED = "Policy changed";
/** The payment mode of an additional premium: settling it changes nothing else on the policy. */
export const ENDORSEMENT_PAYMENT = "endorsement";

const NOT_CHANGEABLE_TYPES = new Set(["content", "hidden", "async_file"]);

/**
 * The answers this caller may change, as "<form>.<field>": a customer those the product lists for customers; a
 * user any answer, except those the product keeps for an underwriter (a user who decides referrals). The cover
 * dates never change mid-term, and files are added through the additional documents.
 */
export function changeableAnswers(product: ProductDefinition, caller: Caller): ReadonlySet<string> {
  if (caller.kind === "anonymous") return NOTHING;
  const underwriter = caller.kind === "user" && caller.permissions.includes("approve_referrals");
  const who = caller.kind === "customer" ? "customer" : underwriter ? "underwriter" : "user";
  // Worked out once per product and kind of caller: a page of the console asks for each Active policy on it.
  let known = CHANGEABLE.get(product);
  if (!known) CHANGEABLE.set(product, (known = new Map()));
  let paths = known.get(who);
  if (!paths) known.set(who, (paths = changeableFor(product, who)));
  return paths;
}

const NOTHING: ReadonlySet<string> = new Set();
const CHANGEABLE = new WeakMap<ProductDefinition, Map<string, ReadonlySet<string>>>();

function changeableFor(product: ProductDefinition, who: "customer" | "underwriter" | "user"): ReadonlySet<string> {
  const { cover } = product;
  const coverDates = [cover.start, cover.from === "answers" ? cover.end : null]
    .filter((r) => r !== null)
    .map((r) => `${r.form_id}.${r.name}`);
  const paths = product.forms.flatMap((f) =>
    f.fields.filter((x) => !NOT_CHANGEABLE_TYPES.has(x.type) && !x.read_only).map((x) => `${f.form_id}.${x.name}`),
  );
  return new Set(
    paths.filter(
      (p) =>
        !coverDates.includes(p) &&
        (who === "customer"
          ? product.endorsement.customer.includes(p)
          : who === "underwriter" || !product.endorsement.referral.includes(p)),
    ),
  );
}

/** Whether the caller may change this policy now: an Active policy with something they may change. */
export function canEndorse(policy: ListedPolicy, caller: Caller): boolean {
  const product = getProduct(policy.productSlug);
  return (
    policy.status === STATUS.active &&
    !!product &&
    !!policy.pricing &&
    !!policy.startDate &&
    !!policy.endDate &&
    changeableAnswers(product, caller).size > 0
  );
}

/**
 * Why this caller can't change an answer, and who can and how to ask: the product keeps some answers for an agent
 * (any answer not listed for customers) and some for an underwriter (its `referral` list, e.g. a claims history).
 */
export function whoMayChange(product: ProductDefinition, caller: Caller, path: string, title: string): string {
  const underwriter = product.endorsement.referral.includes(path);
  if (caller.kind === "customer")
    return underwriter
      ? `"${title}" can only be changed after an underwriter has looked at it, so it can't be changed online: ` +
          "please contact us and an agent will refer the change to an underwriter for you."
      : `Only an agent can change "${title}": please contact us and an agent will make the change for you.`;
  return underwriter
    ? `Changing "${title}" needs an underwriter: ask a supervisor (a user who can decide referrals) to make it.`
    : `You can't change "${title}".`;
}

/** Why a change whose answers an underwriting rule refers can't be made by this caller, and who can make it. */
export function referredChange(caller: Caller, why: string): string {
  return caller.kind === "customer"
    ? `This change needs an underwriter's review (${why}), so it can't be made online: please contact us and an ` +
        "agent will refer it to an underwriter for you."
    : `This change needs an underwriter's review (${why}): ask a supervisor (a user who can decide referrals) to make it.`;
}
