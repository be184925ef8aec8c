import { STATUS } from "../../contract/lifecycle";
import { todayISO } from "../../contract/rules";
import type { AppContext } from "../context";
import { queueEmail } from "../mail/outbox";
import { renewalInvitationEmail } from "../mail/renewal-emails";
import { writtenFor } from "../mail/written-for";
import { getProduct } from "../products";
import type { PolicyRow } from "../storage/rows";
import { startRenewal } from "./actions/copy-renew";
import { continueLink } from "./actions/continue-link";
import { customerFacts } from "./policy-facts";
import { changedAnswers, comparePrices } from "./renewal-comparison";
import { addDays } from "./refund";
import { RENEWAL_WINDOW_DAYS, renewalStartsOn } from "./renewal-window";
import { statusName } from "./journey/respond";

/** Invitations go out as the renewal window opens: the same days before the end of cover as can_renew. */
export const INVITATION_DAYS = RENEWAL_WINDOW_DAYS;

const SYSTEM = { kind: "anonymous", quoteToken: null } as const;

/**
 * The daily job: each Active policy whose cover ends within INVITATION_DAYS and that was never invited gets its
 * renewal quote started (priced on the renewal's answers) and one email with last year's price beside this
 * year's and a signed link to review it. Returns how many were invited.
 */
export async function sendRenewalInvitations(ctx: AppContext, batch = 100): Promise<number> {
  const today = todayISO(ctx.now());
  let sent = 0;
  // Batch after batch until none is due: a book of a million policies has thousands entering the window each day.
  // A policy that failed is left for tomorrow's run rather than tried again in this one, and never holds up the rest.
  const failed = new Set<string>();
  for (;;) {
    const window = addDays(today, INVITATION_DAYS);
    const due = (await ctx.stores.renewals.dueForInvitation(today, window, batch + failed.size)).filter(
      (p) => !failed.has(p.policyNumber),
    );
    if (due.length === 0) return sent;
    for (const policy of due) {
      try {
        if (await inviteOne(ctx, policy)) sent++;
        else failed.add(policy.policyNumber);
      } catch (e) {
        failed.add(policy.policyNumber);
        console.error(`Inviting ${policy.policyNumber} to renew failed:`, (e as Error).message);
      }
    }
  }
}

async function inviteOne(ctx: AppContext, policy: PolicyRow): Promise<boolean> {
  const at = ctx.now().toISOString();
  const renewal = await startRenewal(ctx, SYSTEM, policy, "System");
  const invitation = await ctx.transaction(async (tx) => {
    if (!(await tx.stores.renewals.claimInvitation(policy.policyNumber, at))) return null;
    await tx.stores.renewals.setRenewalPolicy(policy.policyNumber, renewal.policy_number, at);
    return renewalInvitation(tx, policy);
  });
  if (!invitation || !policy.customerEmail) return !!invitation;
  const link = await continueLink(ctx, renewal.policy_number, null);
  const product = getProduct(policy.productSlug);
  await queueEmail(ctx, {
    to: policy.customerEmail,
    ...renewalInvitationEmail(
      { ...writtenFor(product, policy), firstName: product ? customerFacts(product, policy.answers).first_name : null },
      invitation,
      link,
    ),
    kind: "renewal_invitation",
    policyNumber: policy.policyNumber,
  });
  return true;
}

export type RenewalInvitation = NonNullable<Awaited<ReturnType<typeof renewalInvitation>>>;

/**
 * Extension `renewal_invitation` of the policy view: null until invited. This year's price and answers are the
 * renewal quote's as they are now, so a change the customer makes through the renewal's steps shows here.
 */
export async function renewalInvitation(ctx: AppContext, policy: PolicyRow) {
  const row = await ctx.stores.renewals.get(policy.policyNumber);
  if (!row?.invitedAt || !row.renewalPolicyNumber) return null;
  const renewal = await ctx.stores.policies.get(row.renewalPolicyNumber);
  const product = getProduct(policy.productSlug);
  if (!renewal || !product || !policy.pricing || !renewal.pricing || !policy.endDate) return null;
  const { cover } = product;
  const coverDates = new Set(
    [cover.start, cover.from === "answers" ? cover.end : null]
      .filter((r) => r !== null)
      .map((r) => `${r.form_id}.${r.name}`),
  );
  const automatic = policy.recurringPayment;
  return {
    policy_number: policy.policyNumber,
    renewal_policy_number: renewal.policyNumber,
    renewal_status: statusName(renewal.status),
    invited_at: row.invitedAt,
    current_end_date: policy.endDate,
    renewal_start_date: renewalStartsOn(policy.endDate),
    ...comparePrices(policy.pricing, renewal.pricing),
    changes: changedAnswers(product, policy.answers, renewal.answers, coverDates),
    // Renewed automatically with the stored card unless the customer turns it off (paid by recurring payment).
    automatic_renewal: automatic ? { on: !row.autoRenewOff } : null,
    bought: renewal.status === STATUS.active,
  };
}
